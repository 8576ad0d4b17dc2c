package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// image is the memory a data section starts a module with, and the
// other sections as they are.
func image(t *testing.T, mod []byte) (mem []byte, others [][]byte, segments int) {
	t.Helper()
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n := binary.Uvarint(mod[p+1:])
		sec := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		if id != dataSection {
			others = append(others, append([]byte{id}, sec...))
			continue
		}
		segs, err := readSegments(sec)
		require.NoError(t, err)
		for _, s := range segs {
			if end := int(s.addr) + len(s.data); end > len(mem) {
				mem = append(mem, make([]byte, end-len(mem))...)
			}
			copy(mem[s.addr:], s.data)
		}
		segments = len(segs)
	}
	return mem, others, segments
}

func section(id byte, body []byte) []byte {
	return append(binary.AppendUvarint([]byte{id}, uint64(len(body))), body...)
}

func TestPackJoinsShortGaps(t *testing.T) {
	segs := []segment{{8, []byte("ab")}, {10 + 16, []byte("c")}, {27 + 17, []byte("de")}, {46 + 9, []byte{1}}, {300, []byte("x")}, {100_000, bytes.Repeat([]byte{7}, 200)}}
	mod := append([]byte("\x00asm\x01\x00\x00\x00"), section(1, []byte{1, 2, 3})...)
	mod = append(mod, section(dataSection, writeSegments(segs))...)
	mod = append(mod, section(0, []byte("\x04name\x01\x00"))...)

	out, err := pack(mod, 16)
	require.NoError(t, err)
	mem, others, n := image(t, mod)
	gotMem, gotOthers, gotN := image(t, out)
	assert.Equal(t, mem, gotMem, "the same memory")
	assert.Equal(t, others, gotOthers, "the other sections untouched")
	assert.Equal(t, 6, n)
	assert.Equal(t, 4, gotN, "16 zeros joined, 17 not; 9 joined")

	_, err = pack([]byte("not wasm"), 16)
	assert.Error(t, err)
	_, err = pack(mod[:len(mod)-20], 16)
	assert.Error(t, err, "a truncated module is refused")
	bad := append([]byte("\x00asm\x01\x00\x00\x00"), section(dataSection, []byte{1, 1, 0})...)
	_, err = pack(bad, 16)
	assert.Error(t, err, "a passive segment is refused")
}

func TestSleb(t *testing.T) {
	for _, v := range []int64{0, 1, 63, 64, -1, -64, -65, 0x9263, 1 << 20, 1<<31 - 1, -1 << 31} {
		b := appendSleb(nil, v)
		got, n := readSleb(b)
		assert.Equal(t, len(b), n, v)
		assert.Equal(t, v, got)
	}
}

// TestPackGoModule packs a Go module (the benchmarks' empty one): the same
// memory and sections, fewer segments, a smaller gzip.
func TestPackGoModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go wasm module")
	}
	out := filepath.Join(t.TempDir(), "empty.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "../bench/empty")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, string(msg))
	mod, err := os.ReadFile(out)
	require.NoError(t, err)
	require.NoError(t, packFile(out))
	packed, err := os.ReadFile(out)
	require.NoError(t, err)

	mem, others, n := image(t, mod)
	gotMem, gotOthers, gotN := image(t, packed)
	assert.Equal(t, mem, gotMem)
	assert.Equal(t, others, gotOthers)
	assert.Less(t, gotN, n)
	t.Logf("segments %d → %d, %d → %d bytes", n, gotN, len(mod), len(packed))
}
