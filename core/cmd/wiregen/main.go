// Command wiregen writes core/wire/wire_gen.go: JSON writers and readers
// for the shell's requests and the core's answers (package session's
// types), generated from the types by reflection here, natively, so that
// the WebAssembly build needs neither reflection nor encoding/json.
//
//	go run ./core/cmd/wiregen -o core/wire/wire_gen.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/session"
)

// decodeRoots are the requests the core reads, encodeRoots the answers it writes.
var (
	decodeRoots = []reflect.Type{reflect.TypeFor[session.Request](), reflect.TypeFor[session.Record]()}
	encodeRoots = []reflect.Type{reflect.TypeFor[session.Scan](), reflect.TypeFor[session.Step](), reflect.TypeFor[session.Saved](),
		reflect.TypeFor[session.Corrected](), reflect.TypeFor[session.BulkPlanned](), reflect.TypeFor[session.BulkAnswer]()}
)

func main() {
	out := flag.String("o", "core/wire/wire_gen.go", "the file to write")
	flag.Parse()
	src, err := generate()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wiregen:", err)
		os.Exit(1)
	}
}

var (
	jsonMarshaler   = reflect.TypeFor[interface{ MarshalJSON() ([]byte, error) }]()
	jsonUnmarshaler = reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()
	textMarshaler   = reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
	textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

// gen collects the generated functions.
type gen struct {
	imports map[string]string // package path → name
	done    map[string]bool   // functions written
	queue   []reflect.Type    // struct types still to write
	dqueue  []reflect.Type    // struct types still to read
	sorts   bool              // a map is written (slices.Sort)
	funcs   bytes.Buffer
	err     error
}

// field is a struct field as encoding/json sees it.
type field struct {
	goName, key string
	typ         reflect.Type
	omitEmpty   bool
}

func (g *gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf(format, args...)
	}
}

// fields lists t's fields that encoding/json reads and writes.
func (g *gen) fields(t reflect.Type) []field {
	var fs []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			g.fail("%s.%s: embedded fields are not supported", t, f.Name)
			continue
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		for _, c := range name {
			if !(c == '_' || c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				g.fail("%s.%s: key %q is not supported", t, f.Name, name)
			}
		}
		fd := field{goName: f.Name, key: name, typ: f.Type}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				fd.omitEmpty = true
			default:
				g.fail("%s.%s: option %q is not supported", t, f.Name, o)
			}
		}
		fs = append(fs, fd)
	}
	return fs
}

// name is t's Go name in the generated file.
func (g *gen) name(t reflect.Type) string {
	if t.Name() == "" || t.PkgPath() == "" {
		switch t.Kind() {
		case reflect.Pointer:
			return "*" + g.name(t.Elem())
		case reflect.Slice:
			return "[]" + g.name(t.Elem())
		case reflect.Map:
			return "map[" + g.name(t.Key()) + "]" + g.name(t.Elem())
		}
		return t.String()
	}
	pkg := path.Base(t.PkgPath())
	if old, ok := g.imports[t.PkgPath()]; ok && old != pkg {
		g.fail("two packages named %s", pkg)
	}
	for p, n := range g.imports {
		if n == pkg && p != t.PkgPath() {
			g.fail("two packages named %s: %s and %s", pkg, p, t.PkgPath())
		}
	}
	g.imports[t.PkgPath()] = pkg
	return pkg + "." + t.Name()
}

// funcName is the name of t's writer or reader (verb append or decode).
func (g *gen) funcName(verb string, t reflect.Type) string {
	return verb + strings.ToUpper(path.Base(t.PkgPath())[:1]) + path.Base(t.PkgPath())[1:] + t.Name()
}

func (g *gen) checkNoText(t reflect.Type) {
	for _, i := range []reflect.Type{textMarshaler, textUnmarshaler} {
		if t.Implements(i) || reflect.PointerTo(t).Implements(i) {
			g.fail("%s: encoding.TextMarshaler and TextUnmarshaler are not supported", t)
		}
	}
}

// encode is code appending the value of x (addressable) of type t to b.
func (g *gen) encode(t reflect.Type, x string, depth int) string {
	g.checkNoText(t)
	if t.Kind() != reflect.Pointer && t.Implements(jsonMarshaler) {
		return fmt.Sprintf("b = appendMarshaler(b, %s)\n", x)
	}
	if reflect.PointerTo(t).Implements(jsonMarshaler) && t.Kind() != reflect.Pointer {
		g.fail("%s: MarshalJSON on the pointer is not supported", t)
	}
	switch t.Kind() {
	case reflect.String:
		return fmt.Sprintf("b = jsontree.AppendString(b, string(%s))\n", x)
	case reflect.Bool:
		return fmt.Sprintf("b = strconv.AppendBool(b, bool(%s))\n", x)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("b = strconv.AppendInt(b, int64(%s), 10)\n", x)
	case reflect.Struct:
		g.want(t)
		return fmt.Sprintf("b = %s(b, &%s)\n", g.funcName("append", t), x)
	case reflect.Pointer:
		inner := g.encode(t.Elem(), "(*"+x+")", depth)
		if t.Elem().Kind() == reflect.Struct && !t.Elem().Implements(jsonMarshaler) {
			inner = fmt.Sprintf("b = %s(b, %s)\n", g.funcName("append", t.Elem()), x)
		}
		return fmt.Sprintf("if %s == nil {\nb = append(b, \"null\"...)\n} else {\n%s}\n", x, inner)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			g.fail("%s: []byte is not supported", t)
		}
		i := "i" + strconv.Itoa(depth)
		return fmt.Sprintf("if %[1]s == nil {\nb = append(b, \"null\"...)\n} else {\nb = append(b, '[')\nfor %[2]s := range %[1]s {\nif %[2]s > 0 {\nb = append(b, ',')\n}\n%[3]s}\nb = append(b, ']')\n}\n",
			x, i, g.encode(t.Elem(), x+"["+i+"]", depth+1))
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			g.fail("%s: only maps with string keys are supported", t)
		}
		g.sorts = true
		k, e, ks := "k"+strconv.Itoa(depth), "e"+strconv.Itoa(depth), "keys"+strconv.Itoa(depth)
		return fmt.Sprintf("if %[1]s == nil {\nb = append(b, \"null\"...)\n} else {\n%[4]s := make([]%[5]s, 0, len(%[1]s))\nfor %[2]s := range %[1]s {\n%[4]s = append(%[4]s, %[2]s)\n}\nslices.Sort(%[4]s)\nb = append(b, '{')\nfor i, %[2]s := range %[4]s {\nif i > 0 {\nb = append(b, ',')\n}\nb = jsontree.AppendString(b, string(%[2]s))\nb = append(b, ':')\n%[3]s := %[1]s[%[2]s]\n%[6]s}\nb = append(b, '}')\n}\n",
			x, k, e, ks, g.name(t.Key()), g.encode(t.Elem(), e, depth+1))
	}
	g.fail("%s: kind %s is not supported", t, t.Kind())
	return ""
}

// nonEmpty is the condition under which omitempty writes x ("" for a
// struct, always written).
func nonEmpty(t reflect.Type, x string) string {
	switch t.Kind() {
	case reflect.String:
		return x + ` != ""`
	case reflect.Bool:
		return x
	case reflect.Pointer, reflect.Interface:
		return x + " != nil"
	case reflect.Slice, reflect.Map:
		return "len(" + x + ") != 0"
	case reflect.Struct:
		return ""
	}
	return x + " != 0"
}

// decode is code reading v into x (addressable) of type t, returning an error.
func (g *gen) decode(t reflect.Type, v, x string, depth int) string {
	g.checkNoText(t)
	if t.Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		g.fail("%s: UnmarshalJSON is not supported", t)
	}
	if t.Kind() != reflect.Pointer && (t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler)) {
		g.fail("%s writes its own JSON: reading it is not supported", t)
	}
	check := func(call string) string {
		return fmt.Sprintf("if err := %s; err != nil {\nreturn err\n}\n", call)
	}
	switch t.Kind() {
	case reflect.String:
		return check(fmt.Sprintf("decodeString(%s, &%s)", v, x))
	case reflect.Bool:
		return check(fmt.Sprintf("decodeBool(%s, &%s)", v, x))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return check(fmt.Sprintf("decodeInt(%s, &%s)", v, x))
	case reflect.Struct:
		g.wantDecode(t)
		return check(fmt.Sprintf("%s(%s, &%s)", g.funcName("decode", t), v, x))
	case reflect.Pointer:
		inner := g.decode(t.Elem(), v, "(*"+x+")", depth)
		if t.Elem().Kind() == reflect.Struct {
			inner = check(fmt.Sprintf("%s(%s, %s)", g.funcName("decode", t.Elem()), v, x))
		}
		return fmt.Sprintf("if %[1]s == nil {\n%[2]s = nil\n} else {\nif %[2]s == nil {\n%[2]s = new(%[3]s)\n}\n%[4]s}\n", v, x, g.name(t.Elem()), inner)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			g.fail("%s: []byte is not supported", t)
		}
		a, s, i := "a"+strconv.Itoa(depth), "s"+strconv.Itoa(depth), "i"+strconv.Itoa(depth)
		return fmt.Sprintf("if %[1]s, err := array(%[2]s); err != nil {\nreturn err\n} else if %[1]s == nil {\n%[3]s = nil\n} else {\n%[4]s := make(%[6]s, len(%[1]s))\nfor %[5]s := range %[1]s {\n%[7]s}\n%[3]s = %[4]s\n}\n",
			a, v, x, s, i, g.name(t), g.decode(t.Elem(), a+"["+i+"]", s+"["+i+"]", depth+1))
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			g.fail("%s: only maps with string keys are supported", t)
		}
		m, k, e, y := "m"+strconv.Itoa(depth), "k"+strconv.Itoa(depth), "e"+strconv.Itoa(depth), "y"+strconv.Itoa(depth)
		return fmt.Sprintf("if %[1]s, err := object(%[2]s); err != nil {\nreturn err\n} else if %[1]s == nil {\n%[3]s = nil\n} else {\nif %[3]s == nil {\n%[3]s = make(%[7]s, len(%[1]s))\n}\nfor %[4]s, %[5]s := range %[1]s {\nvar %[6]s %[8]s\n%[9]s%[3]s[%[10]s(%[4]s)] = %[6]s\n}\n}\n",
			m, v, x, k, e, y, g.name(t), g.name(t.Elem()), g.decode(t.Elem(), e, y, depth+1), g.name(t.Key()))
	}
	g.fail("%s: kind %s is not supported", t, t.Kind())
	return ""
}

func (g *gen) want(t reflect.Type) {
	if !g.done[g.funcName("append", t)] {
		g.done[g.funcName("append", t)] = true
		g.queue = append(g.queue, t)
	}
}

func (g *gen) wantDecode(t reflect.Type) {
	if !g.done[g.funcName("decode", t)] {
		g.done[g.funcName("decode", t)] = true
		g.dqueue = append(g.dqueue, t)
	}
}

func (g *gen) appendFunc(t reflect.Type) {
	w := &g.funcs
	fmt.Fprintf(w, "\nfunc %s(b []byte, x *%s) []byte {\nstart := len(b)\n", g.funcName("append", t), g.name(t))
	for _, f := range g.fields(t) {
		key := strconv.Quote(`,` + strconv.Quote(f.key) + `:`)
		code := fmt.Sprintf("b = append(b, %s...)\n%s", key, g.encode(f.typ, "x."+f.goName, 0))
		if cond := nonEmpty(f.typ, "x."+f.goName); f.omitEmpty && cond != "" {
			code = fmt.Sprintf("if %s {\n%s}\n", cond, code)
		}
		w.WriteString(code)
	}
	w.WriteString("return closeObject(b, start)\n}\n")
}

func (g *gen) decodeFunc(t reflect.Type) {
	w := &g.funcs
	fmt.Fprintf(w, "\nfunc %s(v any, x *%s) error {\nm, err := object(v)\nif m == nil {\nreturn err\n}\n", g.funcName("decode", t), g.name(t))
	for _, f := range g.fields(t) {
		body := g.decode(f.typ, "e", "x."+f.goName, 0)
		body = strings.ReplaceAll(body, "return err\n", "return in("+strconv.Quote(f.key)+", err)\n")
		fmt.Fprintf(w, "if e, ok := m[%s]; ok {\n%s}\n", strconv.Quote(f.key), body)
	}
	w.WriteString("return nil\n}\n")
}

// generate writes the file's text.
func generate() ([]byte, error) {
	g := &gen{imports: map[string]string{}, done: map[string]bool{}}
	var api bytes.Buffer
	for _, t := range decodeRoots {
		fmt.Fprintf(&api, "\n// Decode%[1]s reads a %[2]s from JSON text.\nfunc Decode%[1]s(text string) (%[2]s, error) {\nvar x %[2]s\nv, err := parse(text)\nif err == nil {\nerr = %[3]s(v, &x)\n}\nif err != nil {\nreturn %[2]s{}, err\n}\nreturn x, nil\n}\n",
			t.Name(), g.name(t), g.funcName("decode", t))
		g.wantDecode(t)
	}
	fmt.Fprintf(&api, "\n// Append writes v as JSON to b; false if v is none of ")
	var names []string
	for _, t := range encodeRoots {
		names = append(names, g.name(t))
	}
	fmt.Fprintf(&api, "%s (or a pointer to one).\nfunc Append(b []byte, v any) ([]byte, bool) {\nswitch x := v.(type) {\n", strings.Join(names, ", "))
	for _, t := range encodeRoots {
		fn := g.funcName("append", t)
		fmt.Fprintf(&api, "case %[1]s:\nreturn %[2]s(b, &x), true\ncase *%[1]s:\nif x == nil {\nreturn append(b, \"null\"...), true\n}\nreturn %[2]s(b, x), true\n", g.name(t), fn)
		g.want(t)
	}
	api.WriteString("}\nreturn b, false\n}\n")
	for len(g.queue) > 0 || len(g.dqueue) > 0 {
		if len(g.queue) > 0 {
			t := g.queue[0]
			g.queue = g.queue[1:]
			g.appendFunc(t)
			continue
		}
		t := g.dqueue[0]
		g.dqueue = g.dqueue[1:]
		g.decodeFunc(t)
	}
	if g.err != nil {
		return nil, g.err
	}
	var out bytes.Buffer
	out.WriteString("// Code generated by core/cmd/wiregen from package session's types; DO NOT EDIT.\n\npackage wire\n\nimport (\n")
	if g.sorts {
		out.WriteString("\"slices\"\n")
	}
	out.WriteString("\"strconv\"\n\n\"github.com/vetted/vetted/core/jsontree\"\n")
	paths := make([]string, 0, len(g.imports))
	for p := range g.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(&out, "%q\n", p)
	}
	out.WriteString(")\n")
	out.Write(api.Bytes())
	out.Write(g.funcs.Bytes())
	return format.Source(out.Bytes())
}
