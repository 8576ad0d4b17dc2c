// Command wasmpack rewrites a Go WebAssembly module's data section in
// place with fewer segments, for a smaller gzip:
//
//	go run ./scripts/wasmpack dist/chrome/core.wasm
//
// Go's linker leaves out every run of more than 8 zero bytes of the data,
// starting a new segment after it: each costs a header of about 7 bytes (a
// flag, the address, the length) that gzip can hardly compress, where the
// zeros it leaves out would cost gzip almost nothing. wasmpack joins two
// segments when the zeros between them are at most MaxGap bytes, writing
// the zeros out. The memory the module starts with is the same byte for
// byte (its fresh memory is zeros); every other section is kept as it is.
// MaxGap keeps the module's raw growth small: most of the remaining gaps
// are 18 or 19 bytes (runtime tables, one per function), and joining those
// too would save about 70 KB gzip of core.wasm but add about 400 KB raw,
// over its 4 MB budget (BENCHMARKS.md).
package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// MaxGap is the longest run of zeros written out to join two segments.
const MaxGap = 16

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmpack FILE.wasm...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := packFile(name); err != nil {
			fmt.Fprintln(os.Stderr, "wasmpack:", name+":", err)
			os.Exit(1)
		}
	}
}

func packFile(name string) error {
	in, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, err := pack(in, MaxGap)
	if err != nil {
		return err
	}
	return os.WriteFile(name, out, 0o644)
}

// segment is an active data segment of memory 0: where its bytes go.
type segment struct {
	addr int64
	data []byte
}

const dataSection = 11

// pack returns the module with the data segments joined across gaps of at
// most maxGap zero bytes.
func pack(mod []byte, maxGap int64) ([]byte, error) {
	if len(mod) < 8 || string(mod[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	out := append([]byte(nil), mod[:8]...)
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n := binary.Uvarint(mod[p+1:])
		if n <= 0 || uint64(len(mod)-p-1-n) < size {
			return nil, errors.New("truncated section")
		}
		sec := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		if id == dataSection {
			segs, err := readSegments(sec)
			if err != nil {
				return nil, err
			}
			sec = writeSegments(join(segs, maxGap))
		}
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(sec)))
		out = append(out, sec...)
	}
	return out, nil
}

// readSegments reads a data section whose segments are all active, of
// memory 0, at a constant address (as Go's linker writes them).
func readSegments(sec []byte) ([]segment, error) {
	count, q := binary.Uvarint(sec)
	if q <= 0 {
		return nil, errors.New("bad data section")
	}
	segs := make([]segment, 0, count)
	for i := uint64(0); i < count; i++ {
		// flag 0 (active, memory 0), i32.const ADDR, end, length, bytes
		if len(sec)-q < 3 || sec[q] != 0 || sec[q+1] != 0x41 {
			return nil, errors.New("a data segment that is not active at a constant address")
		}
		q += 2
		addr, n := readSleb(sec[q:])
		if n <= 0 || q+n >= len(sec) || sec[q+n] != 0x0b {
			return nil, errors.New("bad data segment address")
		}
		q += n + 1
		l, n := binary.Uvarint(sec[q:])
		if n <= 0 || uint64(len(sec)-q-n) < l {
			return nil, errors.New("truncated data segment")
		}
		q += n
		segs = append(segs, segment{addr, sec[q : q+int(l)]})
		q += int(l)
	}
	if q != len(sec) {
		return nil, errors.New("bytes after the data segments")
	}
	return segs, nil
}

// join joins each segment to the one before it when it starts at most
// maxGap bytes after that one ends.
func join(segs []segment, maxGap int64) []segment {
	var out []segment
	for _, s := range segs {
		if len(out) > 0 {
			last := &out[len(out)-1]
			end := last.addr + int64(len(last.data))
			if gap := s.addr - end; gap >= 0 && gap <= maxGap {
				last.data = append(last.data, make([]byte, gap)...)
				last.data = append(last.data, s.data...)
				continue
			}
		}
		out = append(out, segment{s.addr, append([]byte(nil), s.data...)})
	}
	return out
}

func writeSegments(segs []segment) []byte {
	b := binary.AppendUvarint(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendSleb(b, s.addr)
		b = append(b, 0x0b)
		b = binary.AppendUvarint(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

// readSleb reads a signed LEB128 number (an i32.const's operand).
func readSleb(b []byte) (int64, int) {
	var v int64
	var shift uint
	for i, c := range b {
		if i == 10 {
			break
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, 0
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
