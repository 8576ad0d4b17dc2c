package notemodel

import (
	"errors"
	"math"
	"slices"
	"sync"
)

// The encoded form of a model (what the generated weights.go holds):
//
//	"VNM1"
//	one byte: 1 when Norm is set
//	Temp, then the NumClasses biases and scales: float32, little-endian
//	the feature count: uvarint
//	the feature hashes, sorted, each as the uvarint difference from the last
//	the quantized weights: NumClasses bytes per feature, in hash order
const magic = "VNM1"

// Encode returns the model in its encoded form. The same model always
// encodes to the same bytes.
func (m *Model) Encode() []byte {
	hashes := make([]uint32, 0, m.size)
	for _, e := range m.slots {
		if e.key != 0 {
			hashes = append(hashes, e.key)
		}
	}
	slices.Sort(hashes)
	b := []byte(magic)
	norm := byte(0)
	if m.Norm {
		norm = 1
	}
	b = append(b, norm)
	b = appendUint32(b, math.Float32bits(m.Temp))
	for _, v := range m.Bias {
		b = appendUint32(b, math.Float32bits(v))
	}
	for _, v := range m.Scale {
		b = appendUint32(b, math.Float32bits(v))
	}
	b = appendUvarint(b, uint64(len(hashes)))
	last := uint32(0)
	for _, h := range hashes {
		b = appendUvarint(b, uint64(h-last))
		last = h
	}
	for _, h := range hashes {
		i, _ := m.slot(h)
		for _, v := range m.slots[i].w {
			b = append(b, byte(v))
		}
	}
	return b
}

// errCorrupt is returned by Decode for bytes that are not an encoded model.
var errCorrupt = errors.New("notemodel: not an encoded model")

// Decode reads a model from its encoded form.
func Decode(b []byte) (*Model, error) {
	if len(b) < len(magic)+1+4*(1+2*NumClasses) || string(b[:len(magic)]) != magic {
		return nil, errCorrupt
	}
	p := len(magic)
	norm := b[p] == 1
	p++
	f32 := func() float32 {
		v := math.Float32frombits(uint32(b[p]) | uint32(b[p+1])<<8 | uint32(b[p+2])<<16 | uint32(b[p+3])<<24)
		p += 4
		return v
	}
	temp := f32()
	var bias, scale [NumClasses]float32
	for c := range bias {
		bias[c] = f32()
	}
	for c := range scale {
		scale[c] = f32()
	}
	n, k := uvarint(b[p:])
	if k <= 0 || n > uint64(len(b)) {
		return nil, errCorrupt
	}
	p += k
	hashes := make([]uint32, n)
	last := uint64(0)
	for i := range hashes {
		d, k := uvarint(b[p:])
		if k <= 0 || last+d > math.MaxUint32 || (i > 0 && d == 0) {
			return nil, errCorrupt
		}
		p += k
		last += d
		hashes[i] = uint32(last)
	}
	if len(b)-p != int(n)*NumClasses {
		return nil, errCorrupt
	}
	m := NewModel(int(n))
	m.Norm, m.Temp, m.Bias, m.Scale = norm, temp, bias, scale
	for _, h := range hashes {
		var w [NumClasses]int8
		for c := range w {
			w[c] = int8(b[p])
			p++
		}
		if err := m.Set(h, w); err != nil {
			return nil, err
		}
	}
	return m, nil
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the committed model (weights.go, written by
// go run ./core/cmd/notetrain). It is decoded on first use, not at program
// start.
func Default() *Model {
	defaultOnce.Do(decodeDefault)
	return defaultModel
}

// decodeDefault sets defaultModel (a named function, not a closure in
// Default, so that Default is inlined without a copy of it: core.wasm's size).
func decodeDefault() {
	m, err := Decode([]byte(trained))
	if err != nil {
		panic("notemodel: the committed weights do not decode: " + err.Error())
	}
	defaultModel = m
}

// The byte helpers below stand in for encoding/binary, which would bring
// package reflect into core.wasm.

// appendUint32 appends v, little-endian.
func appendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// appendUvarint appends v as an unsigned varint (7 bits a byte, low first).
func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// uvarint reads an unsigned varint from b: the value and the bytes read,
// or 0 bytes when b ends first or the value overflows 64 bits.
func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		if i == 10 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
