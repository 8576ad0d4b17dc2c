package wire

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/jsontree"
	"github.com/vetted/vetted/core/keys"
)

// The session types have no map that the shell sends and no integer
// narrower than int: these tests read and write those kinds directly.

func TestCodecMapRoundTrip(t *testing.T) {
	var m map[string]keys.Command
	v, err := jsontree.ParseNumbers(`{"j":"next","k":"prev","a":"next"}`)
	require.NoError(t, err)
	require.NoError(t, decodeValue(&tMapStringKeysCommand, v, unsafe.Pointer(&m)))
	assert.Equal(t, map[string]keys.Command{"j": "next", "k": "prev", "a": "next"}, m)
	assert.Equal(t, `{"a":"next","j":"next","k":"prev"}`, string(appendValue(nil, &tMapStringKeysCommand, unsafe.Pointer(&m))), "keys sorted")

	v, _ = jsontree.ParseNumbers(`{"x":1}`)
	assert.ErrorContains(t, decodeValue(&tMapStringKeysCommand, v, unsafe.Pointer(&m)), "not a string")
	require.NoError(t, decodeValue(&tMapStringKeysCommand, nil, unsafe.Pointer(&m)))
	assert.Nil(t, m, "null is a nil map")
	assert.Equal(t, "null", string(appendValue(nil, &tMapStringKeysCommand, unsafe.Pointer(&m))))
	assert.True(t, empty(&tMapStringKeysCommand, unsafe.Pointer(&m)))
}

func TestCodecNarrowIntegers(t *testing.T) {
	type narrow struct {
		A int8
		B int16
		C int32
		D int64
	}
	tab := typ{kind: kStruct, fields: []field{
		{"a", unsafe.Offsetof(narrow{}.A), true, &typ{kind: kInt8}},
		{"b", unsafe.Offsetof(narrow{}.B), true, &typ{kind: kInt16}},
		{"c", unsafe.Offsetof(narrow{}.C), false, &typ{kind: kInt32}},
		{"d", unsafe.Offsetof(narrow{}.D), false, &typ{kind: kInt64}},
	}}
	var x narrow
	require.NoError(t, decodeRoot(`{"a":-128,"b":32767,"c":-2147483648,"d":9223372036854775807}`, &tab, unsafe.Pointer(&x)))
	assert.Equal(t, narrow{-128, 32767, -2147483648, 9223372036854775807}, x)
	assert.Equal(t, `{"a":-128,"b":32767,"c":-2147483648,"d":9223372036854775807}`, string(appendStruct(nil, &tab, unsafe.Pointer(&x))))
	for _, text := range []string{`{"a":128}`, `{"b":-32769}`, `{"c":2147483648}`, `{"d":9223372036854775808}`} {
		y := x
		assert.ErrorContains(t, decodeRoot(text, &tab, unsafe.Pointer(&y)), "whole number in range", text)
	}
	x = narrow{}
	assert.Equal(t, `{"c":0,"d":0}`, string(appendStruct(nil, &tab, unsafe.Pointer(&x))), "omitempty leaves out zeros")
}

func TestWholeNumber(t *testing.T) {
	for text, want := range map[string]int64{"0": 0, "-0": 0, "42": 42, "-7": -7,
		"9223372036854775807": 1<<63 - 1, "-9223372036854775808": -1 << 63} {
		n, ok := wholeNumber(text)
		assert.True(t, ok, text)
		assert.Equal(t, want, n, text)
	}
	for _, text := range []string{"", "-", "1.0", "1e3", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "99999999999999999999", "+1", "0x1"} {
		_, ok := wholeNumber(text)
		assert.False(t, ok, text)
	}
}
