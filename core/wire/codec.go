package wire

import (
	"strconv"
	"unsafe"

	"github.com/vetted/vetted/core/jsontree"
)

// The codec writes and reads values through tables that wire_gen.go
// declares, one typ for each type of session's requests and answers
// (field keys, offsets and element types): one loop for every type
// instead of a function for each, which was about 300 KB of WebAssembly.

// kind is how a value is written and read.
type kind uint8

const (
	kString    kind = iota + 1 // a string type
	kBool                      // a bool type
	kInt                       // int
	kInt64                     // int64
	kInt32                     // int32
	kInt16                     // int16
	kInt8                      // int8
	kStruct                    // fields, an object
	kPointer                   // null or the element
	kSlice                     // null or an array of elements
	kMap                       // null or an object of elements, keys sorted
	kMarshaler                 // a type that writes its own JSON (written, never read)
)

// typ describes a type to the codec.
type typ struct {
	kind   kind
	fields []field // kStruct: the fields encoding/json sees, in order
	elem   *typ    // kPointer, kSlice: the element's type
	size   uintptr // kSlice: the element's size
	// alloc returns n zero elements (kPointer, kSlice).
	alloc func(n int) unsafe.Pointer
	// marshal writes the value's own JSON (kMarshaler).
	marshal func(unsafe.Pointer) ([]byte, error)
	// entries returns a map's keys, sorted, and its elements in their
	// order (kMap); nil keys for a nil map.
	entries func(unsafe.Pointer) (keys []string, elems unsafe.Pointer)
	// fill puts elements under keys into the map, made if it is nil (kMap).
	fill func(m unsafe.Pointer, keys []string, elems unsafe.Pointer)
}

// field is a struct field as encoding/json sees it.
type field struct {
	key  string
	off  uintptr
	omit bool // omitempty, and the type has an empty value
	t    *typ
}

// sliceHeader is a slice's layout.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// integer returns the whole number at p.
func integer(k kind, p unsafe.Pointer) int64 {
	switch k {
	case kInt:
		return int64(*(*int)(p))
	case kInt64:
		return *(*int64)(p)
	case kInt32:
		return int64(*(*int32)(p))
	case kInt16:
		return int64(*(*int16)(p))
	}
	return int64(*(*int8)(p))
}

// empty reports whether omitempty leaves out the value at p.
func empty(t *typ, p unsafe.Pointer) bool {
	switch t.kind {
	case kString:
		return len(*(*string)(p)) == 0
	case kBool:
		return !*(*bool)(p)
	case kInt, kInt64, kInt32, kInt16, kInt8:
		return integer(t.kind, p) == 0
	case kPointer:
		return *(*unsafe.Pointer)(p) == nil
	case kSlice:
		return (*sliceHeader)(p).len == 0
	case kMap:
		keys, _ := t.entries(p)
		return len(keys) == 0
	}
	return false
}

// appendStruct writes the struct of type t at p as an object.
func appendStruct(b []byte, t *typ, p unsafe.Pointer) []byte {
	start := len(b)
	for i := range t.fields {
		f := &t.fields[i]
		q := unsafe.Add(p, f.off)
		if f.omit && empty(f.t, q) {
			continue
		}
		b = append(b, ',', '"')
		b = append(b, f.key...)
		b = append(b, '"', ':')
		b = appendValue(b, f.t, q)
	}
	return closeObject(b, start)
}

// appendValue writes the value of type t at p.
func appendValue(b []byte, t *typ, p unsafe.Pointer) []byte {
	switch t.kind {
	case kString:
		return jsontree.AppendString(b, *(*string)(p))
	case kBool:
		return strconv.AppendBool(b, *(*bool)(p))
	case kInt, kInt64, kInt32, kInt16, kInt8:
		return strconv.AppendInt(b, integer(t.kind, p), 10)
	case kStruct:
		return appendStruct(b, t, p)
	case kPointer:
		return appendPointer(b, t.elem, *(*unsafe.Pointer)(p))
	case kSlice:
		s := (*sliceHeader)(p)
		if s.data == nil {
			return append(b, "null"...)
		}
		b = append(b, '[')
		for i := 0; i < s.len; i++ {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendValue(b, t.elem, unsafe.Add(s.data, uintptr(i)*t.size))
		}
		return append(b, ']')
	case kMap:
		if *(*unsafe.Pointer)(p) == nil {
			return append(b, "null"...)
		}
		keys, elems := t.entries(p)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsontree.AppendString(b, k)
			b = append(b, ':')
			b = appendValue(b, t.elem, unsafe.Add(elems, uintptr(i)*t.size))
		}
		return append(b, '}')
	case kMarshaler:
		j, err := t.marshal(p)
		if err != nil || len(j) == 0 {
			return append(b, "null"...)
		}
		return append(b, j...)
	}
	panic("wire: no such kind")
}

// appendPointer writes null or the value of type t at p.
//
// Not inlined: its copies at 7 calls cost core.wasm 2.2 KB.
//
//go:noinline
func appendPointer(b []byte, t *typ, p unsafe.Pointer) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	return appendValue(b, t, p)
}

// decodeRoot reads JSON text into the struct of type t at p.
func decodeRoot(text string, t *typ, p unsafe.Pointer) error {
	v, err := jsontree.ParseNumbers(text)
	if err != nil {
		return err
	}
	return decodeValue(t, v, p)
}

// decodeValue reads the tree v into the value of type t at p; null leaves
// a string, bool, number or struct as it is and makes a pointer, slice or
// map nil; a map's elements are added to those it has.
func decodeValue(t *typ, v any, p unsafe.Pointer) error {
	switch t.kind {
	case kString:
		switch x := v.(type) {
		case nil:
		case string:
			*(*string)(p) = x
		default:
			return &decodeError{want: "a string"}
		}
	case kBool:
		switch x := v.(type) {
		case nil:
		case bool:
			*(*bool)(p) = x
		default:
			return &decodeError{want: "true or false"}
		}
	case kInt, kInt64, kInt32, kInt16, kInt8:
		return decodeInt(t.kind, v, p)
	case kStruct:
		m, err := object(v)
		if m == nil {
			return err
		}
		for i := range t.fields {
			f := &t.fields[i]
			if e, ok := m[f.key]; ok {
				if err := decodeValue(f.t, e, unsafe.Add(p, f.off)); err != nil {
					return in(f.key, err)
				}
			}
		}
	case kPointer:
		pp := (*unsafe.Pointer)(p)
		if v == nil {
			*pp = nil
			return nil
		}
		if *pp == nil {
			*pp = t.alloc(1)
		}
		return decodeValue(t.elem, v, *pp)
	case kSlice:
		a, err := array(v)
		if err != nil {
			return err
		}
		s := (*sliceHeader)(p)
		if a == nil {
			*s = sliceHeader{}
			return nil
		}
		data := t.alloc(len(a))
		for i := range a {
			if err := decodeValue(t.elem, a[i], unsafe.Add(data, uintptr(i)*t.size)); err != nil {
				return err
			}
		}
		*s = sliceHeader{data, len(a), len(a)}
	case kMap:
		m, err := object(v)
		if err != nil {
			return err
		}
		if m == nil {
			*(*unsafe.Pointer)(p) = nil
			return nil
		}
		keys := make([]string, 0, len(m))
		elems := t.alloc(len(m))
		for k, e := range m {
			if err := decodeValue(t.elem, e, unsafe.Add(elems, uintptr(len(keys))*t.size)); err != nil {
				return err
			}
			keys = append(keys, k)
		}
		t.fill(p, keys, elems)
	default:
		return &decodeError{want: "a value Vetted reads"}
	}
	return nil
}

// wholeNumber reads a JSON number's text that is a whole number in
// int64's range ("-12", not "1.0" or "1e3", which encoding/json refuses for
// an integer too); strconv.ParseInt would link its error's quoting.
func wholeNumber(s string) (int64, bool) {
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	if s == "" || len(s) > 19 {
		return 0, false
	}
	var u uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		u = u*10 + uint64(s[i]-'0') // 19 digits never overflow a uint64
	}
	if neg {
		if u > 1<<63 {
			return 0, false
		}
		return -int64(u), true
	}
	if u > 1<<63-1 {
		return 0, false
	}
	return int64(u), true
}

// decodeInt reads a whole number that the integer type k holds; null
// leaves it as it is.
func decodeInt(k kind, v any, p unsafe.Pointer) error {
	switch x := v.(type) {
	case nil:
		return nil
	case jsontree.Number:
		n, ok := wholeNumber(string(x))
		if !ok {
			return &decodeError{want: "a whole number in range"}
		}
		switch k {
		case kInt:
			if int64(int(n)) == n {
				*(*int)(p) = int(n)
				return nil
			}
		case kInt64:
			*(*int64)(p) = n
			return nil
		case kInt32:
			if int64(int32(n)) == n {
				*(*int32)(p) = int32(n)
				return nil
			}
		case kInt16:
			if int64(int16(n)) == n {
				*(*int16)(p) = int16(n)
				return nil
			}
		case kInt8:
			if int64(int8(n)) == n {
				*(*int8)(p) = int8(n)
				return nil
			}
		}
		return &decodeError{want: "a whole number in range"}
	}
	return &decodeError{want: "a number"}
}
