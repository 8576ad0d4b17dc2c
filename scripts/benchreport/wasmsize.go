package main

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"
)

// pkgSize is the code size of one Go package in a wasm module.
type pkgSize struct {
	Pkg   string
	Bytes int
}

// codeByPackage sums the function bodies of a Go wasm module (built
// without -s, so that it has a name section) per package, largest first.
// total is the size of the code section.
func codeByPackage(wasm []byte) (sizes []pkgSize, total int, err error) {
	funcs, total, err := funcSizes(wasm)
	if err != nil {
		return nil, 0, err
	}
	byPkg := map[string]int{}
	for _, f := range funcs {
		byPkg[packageOf(f.Name)] += f.Bytes
	}
	for k, v := range byPkg {
		sizes = append(sizes, pkgSize{k, v})
	}
	sort.Slice(sizes, func(i, j int) bool {
		if sizes[i].Bytes != sizes[j].Bytes {
			return sizes[i].Bytes > sizes[j].Bytes
		}
		return sizes[i].Pkg < sizes[j].Pkg
	})
	return sizes, total, nil
}

// funcSize is one function's name (as the name section has it, "" if it
// has none) and the size of its body, and the body.
type funcSize struct {
	Name  string
	Bytes int
	Body  []byte
}

// funcSizes lists the function bodies of a Go wasm module in the order of
// its code section; total is the size of the code section.
func funcSizes(wasm []byte) (funcs []funcSize, total int, err error) {
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		return nil, 0, errors.New("not a WebAssembly module")
	}
	var code []byte
	names := map[uint64]string{}
	imports := uint64(0)
	for p := 8; p < len(wasm); {
		id := wasm[p]
		size, n := binary.Uvarint(wasm[p+1:])
		if n <= 0 || p+1+n+int(size) > len(wasm) {
			return nil, 0, errors.New("truncated section")
		}
		sec := wasm[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		switch id {
		case 2:
			if imports, err = countFuncImports(sec); err != nil {
				return nil, 0, err
			}
		case 10:
			code = sec
		case 0:
			readNames(sec, names)
		}
	}
	if code == nil {
		return nil, 0, errors.New("no code section")
	}
	count, q := binary.Uvarint(code)
	for i := uint64(0); i < count; i++ {
		l, n := binary.Uvarint(code[q:])
		if n <= 0 {
			return nil, 0, errors.New("truncated code section")
		}
		if q+n+int(l) > len(code) {
			return nil, 0, errors.New("truncated code section")
		}
		funcs = append(funcs, funcSize{names[imports+i], int(l), code[q+n : q+n+int(l)]})
		q += n + int(l)
	}
	return funcs, len(code), nil
}

// countFuncImports counts the imported functions, which come first in the
// function index space.
func countFuncImports(sec []byte) (uint64, error) {
	count, q := binary.Uvarint(sec)
	funcs := uint64(0)
	skip := func() {
		_, n := binary.Uvarint(sec[q:])
		q += n
	}
	for i := uint64(0); i < count; i++ {
		for j := 0; j < 2; j++ { // module and field names
			l, n := binary.Uvarint(sec[q:])
			q += n + int(l)
		}
		if q >= len(sec) {
			return 0, errors.New("truncated import section")
		}
		kind := sec[q]
		q++
		switch kind {
		case 0: // function: type index
			skip()
			funcs++
		case 1: // table: element type, limits
			q++
			flags := sec[q]
			q++
			skip()
			if flags&1 == 1 {
				skip()
			}
		case 2: // memory: limits
			flags := sec[q]
			q++
			skip()
			if flags&1 == 1 {
				skip()
			}
		case 3: // global: type, mutability
			q += 2
		default:
			return 0, errors.New("unknown import kind")
		}
	}
	return funcs, nil
}

// readNames reads the function names of a "name" custom section.
func readNames(sec []byte, names map[uint64]string) {
	l, n := binary.Uvarint(sec)
	if n <= 0 || n+int(l) > len(sec) || string(sec[n:n+int(l)]) != "name" {
		return
	}
	for q := n + int(l); q < len(sec); {
		sub := sec[q]
		size, n := binary.Uvarint(sec[q+1:])
		start := q + 1 + n
		q = start + int(size)
		if sub != 1 || q > len(sec) {
			continue
		}
		d := sec[start:q]
		count, r := binary.Uvarint(d)
		for i := uint64(0); i < count && r < len(d); i++ {
			idx, n := binary.Uvarint(d[r:])
			r += n
			l, n := binary.Uvarint(d[r:])
			r += n
			if r+int(l) > len(d) {
				return
			}
			names[idx] = string(d[r : r+int(l)])
			r += int(l)
		}
	}
}

// packageOf returns the package of a Go wasm function name
// ("github.com_vetted_vetted_core_flag.Evaluate" → "vetted/core/flag",
// "runtime.mallocgc" → "runtime").
func packageOf(name string) string {
	if name == "" {
		return "(unnamed)"
	}
	rest := name
	host := ""
	for _, h := range []string{"github.com_", "golang.org_", "honnef.co_"} {
		if strings.HasPrefix(rest, h) {
			host, rest = h, rest[len(h):]
			break
		}
	}
	if i := strings.Index(rest, "."); i > 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSuffix(rest, "_")
	if host == "" {
		return strings.ReplaceAll(rest, "_", "/")
	}
	rest = strings.TrimPrefix(rest, "vetted_vetted_")
	return strings.ReplaceAll(rest, "_", "/")
}
