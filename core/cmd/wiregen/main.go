// Command wiregen writes core/wire/wire_gen.go: the tables by which
// core/wire's codec (codec.go) writes and reads the shell's requests and
// the core's answers (package session's types) as JSON, made from the
// types by reflection here, natively, so that the WebAssembly build needs
// neither reflection nor encoding/json.
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
	done    map[string]bool   // tables declared (name, and name + " decode" once checked for reading)
	tables  map[string]string // table name → its value
	funcs   map[string]string // helper function name → its declaration
	sorts   bool              // a map is written (order.Sort)
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

// varName is the name of t's table in the generated file: tSessionScan for
// a struct, tPtrSessionJob, tSliceString.
func (g *gen) varName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "tPtr" + g.varName(t.Elem())[1:]
	case reflect.Slice:
		return "tSlice" + g.varName(t.Elem())[1:]
	case reflect.Map: // named by its Go types: its functions use them
		return "tMap" + ident(g.name(t.Key())) + ident(g.name(t.Elem()))
	case reflect.Struct:
		pkg := path.Base(t.PkgPath())
		return "t" + strings.ToUpper(pkg[:1]) + pkg[1:] + t.Name()
	}
	if t.Implements(jsonMarshaler) && t.PkgPath() != "" {
		pkg := path.Base(t.PkgPath())
		return "t" + strings.ToUpper(pkg[:1]) + pkg[1:] + t.Name()
	}
	if k, ok := basic[t.Kind()]; ok {
		return "t" + strings.ToUpper(k[:1]) + k[1:]
	}
	return "t" + t.Kind().String()
}

// ident makes a Go type's name an identifier's part: keys.Command → KeysCommand.
func ident(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// basic maps the kinds of the codec's shared tables (codec.go) to their Go type.
var basic = map[reflect.Kind]string{
	reflect.String: "string", reflect.Bool: "bool", reflect.Int: "int", reflect.Int64: "int64",
	reflect.Int32: "int32", reflect.Int16: "int16", reflect.Int8: "int8",
}

// kinds maps the kinds of types to the codec's.
var kinds = map[reflect.Kind]string{
	reflect.String: "kString", reflect.Bool: "kBool", reflect.Int: "kInt", reflect.Int64: "kInt64",
	reflect.Int32: "kInt32", reflect.Int16: "kInt16", reflect.Int8: "kInt8",
}

// goType is t's Go type in the generated file, as a slice's element.
func (g *gen) goType(t reflect.Type) string {
	if k, ok := basic[t.Kind()]; ok && !t.Implements(jsonMarshaler) {
		return k // a named string is laid out as a string
	}
	return g.name(t)
}

func (g *gen) checkNoText(t reflect.Type) {
	for _, i := range []reflect.Type{textMarshaler, textUnmarshaler} {
		if t.Implements(i) || reflect.PointerTo(t).Implements(i) {
			g.fail("%s: encoding.TextMarshaler and TextUnmarshaler are not supported", t)
		}
	}
}

// table returns the name of t's table, declaring it (and the tables it
// refers to) the first time; decode says t is read as well as written.
func (g *gen) table(t reflect.Type, decode bool) string {
	g.checkNoText(t)
	if decode {
		if t.Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(jsonUnmarshaler) {
			g.fail("%s: UnmarshalJSON is not supported", t)
		}
		if t.Kind() != reflect.Pointer && (t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler)) {
			g.fail("%s writes its own JSON: reading it is not supported", t)
		}
	}
	if reflect.PointerTo(t).Implements(jsonMarshaler) && !t.Implements(jsonMarshaler) && t.Kind() != reflect.Pointer {
		g.fail("%s: MarshalJSON on the pointer is not supported", t)
	}
	name := g.varName(t)
	key := name
	if decode {
		key += " decode"
	}
	if g.done[key] {
		return name
	}
	g.done[key] = true
	var decl string
	switch {
	case t.Kind() != reflect.Pointer && t.Implements(jsonMarshaler):
		if t.Kind() != reflect.Struct {
			g.fail("%s: a MarshalJSON type that is not a struct is not supported", t)
		}
		fn := "marshal" + name[1:]
		decl = fmt.Sprintf("typ{kind: kMarshaler, marshal: %s}", fn)
		g.funcs[fn] = fmt.Sprintf("func %s(p unsafe.Pointer) ([]byte, error) { return (*%s)(p).MarshalJSON() }\n", fn, g.name(t))
	case kinds[t.Kind()] != "":
		decl = "typ{kind: " + kinds[t.Kind()] + "}"
	case t.Kind() == reflect.Struct:
		var b strings.Builder
		fmt.Fprintf(&b, "typ{kind: kStruct, fields: []field{\n")
		for _, f := range g.fields(t) {
			omit := f.omitEmpty && nonEmpty(f.typ)
			fmt.Fprintf(&b, "{%q, unsafe.Offsetof(%s{}.%s), %t, &%s},\n", f.key, g.name(t), f.goName, omit, g.table(f.typ, decode))
		}
		b.WriteString("}}")
		decl = b.String()
	case t.Kind() == reflect.Pointer:
		decl = fmt.Sprintf("typ{kind: kPointer, elem: &%s, alloc: %s}", g.table(t.Elem(), decode), g.alloc(t.Elem()))
	case t.Kind() == reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			g.fail("%s: []byte is not supported", t)
		}
		decl = fmt.Sprintf("typ{kind: kSlice, elem: &%s, size: unsafe.Sizeof(*new(%s)), alloc: %s}", g.table(t.Elem(), decode), g.goType(t.Elem()), g.alloc(t.Elem()))
	case t.Kind() == reflect.Map:
		if t.Key().Kind() != reflect.String || t.Key().Implements(jsonMarshaler) {
			g.fail("%s: only maps with string keys are supported", t)
		}
		g.sorts = true
		decl = fmt.Sprintf("typ{kind: kMap, elem: &%s, size: unsafe.Sizeof(*new(%s)), alloc: %s, entries: entries%[4]s, fill: fill%[4]s}",
			g.table(t.Elem(), decode), g.goType(t.Elem()), g.alloc(t.Elem()), name[1:])
		g.funcs["entries"+name[1:]] = fmt.Sprintf(`func entries%[1]s(p unsafe.Pointer) ([]string, unsafe.Pointer) {
m := *(*%[2]s)(p)
ks := make([]string, 0, len(m))
for k := range m {
ks = append(ks, string(k))
}
order.Sort(ks, strings.Compare)
elems := make([]%[3]s, len(ks))
for i, k := range ks {
elems[i] = m[%[4]s(k)]
}
return ks, unsafe.Pointer(unsafe.SliceData(elems))
}
`, name[1:], g.name(t), g.name(t.Elem()), g.name(t.Key()))
		g.funcs["fill"+name[1:]] = fmt.Sprintf(`func fill%[1]s(p unsafe.Pointer, ks []string, elems unsafe.Pointer) {
m := (*%[2]s)(p)
if *m == nil {
*m = make(%[2]s, len(ks))
}
for i, e := range unsafe.Slice((*%[3]s)(elems), len(ks)) {
(*m)[%[4]s(ks[i])] = e
}
}
`, name[1:], g.name(t), g.name(t.Elem()), g.name(t.Key()))
	default:
		g.fail("%s: kind %s is not supported (codec.go has no kind for it)", t, t.Kind())
		return name
	}
	g.tables[name] = decl
	return name
}

// alloc returns the name of the function that makes n zero values of t.
func (g *gen) alloc(t reflect.Type) string {
	fn := "alloc" + g.varName(t)[1:]
	g.funcs[fn] = fmt.Sprintf("func %s(n int) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(make([]%s, n))) }\n", fn, g.goType(t))
	return fn
}

// nonEmpty reports whether omitempty can leave out a value of type t (a
// struct is always written).
func nonEmpty(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Pointer, reflect.Slice,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// generate writes the file's text.
func generate() ([]byte, error) {
	g := &gen{imports: map[string]string{}, done: map[string]bool{}, tables: map[string]string{}, funcs: map[string]string{}}
	var api bytes.Buffer
	for _, t := range decodeRoots {
		fmt.Fprintf(&api, "\n// Decode%[1]s reads a %[2]s from JSON text.\nfunc Decode%[1]s(text string) (%[2]s, error) {\nvar x %[2]s\nif err := decodeRoot(text, &%[3]s, unsafe.Pointer(&x)); err != nil {\nreturn %[2]s{}, err\n}\nreturn x, nil\n}\n",
			t.Name(), g.name(t), g.table(t, true))
	}
	fmt.Fprintf(&api, "\n// Append writes v as JSON to b; false if v is none of ")
	var names []string
	for _, t := range encodeRoots {
		names = append(names, g.name(t))
	}
	fmt.Fprintf(&api, "%s (or a pointer to one).\nfunc Append(b []byte, v any) ([]byte, bool) {\nswitch x := v.(type) {\n", strings.Join(names, ", "))
	for _, t := range encodeRoots {
		if t.Kind() != reflect.Struct || t.Implements(jsonMarshaler) {
			g.fail("%s: an answer is a struct that wire writes", t)
		}
		fmt.Fprintf(&api, "case %[1]s:\nreturn appendStruct(b, &%[2]s, unsafe.Pointer(&x)), true\ncase *%[1]s:\nreturn appendPointer(b, &%[2]s, unsafe.Pointer(x)), true\n", g.name(t), g.table(t, false))
	}
	api.WriteString("}\nreturn b, false\n}\n")
	if g.err != nil {
		return nil, g.err
	}
	var out bytes.Buffer
	out.WriteString("// Code generated by core/cmd/wiregen from package session's types; DO NOT EDIT.\n\npackage wire\n\nimport (\n")
	if g.sorts {
		out.WriteString("\"strings\"\n")
	}
	out.WriteString("\"unsafe\"\n\n")
	if g.sorts {
		g.imports["github.com/vetted/vetted/core/order"] = "order"
	}
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
	out.WriteString("\n// The tables of the types above and of the types they hold (codec.go).\nvar (\n")
	for _, name := range sortedKeys(g.tables) {
		fmt.Fprintf(&out, "%s = %s\n", name, g.tables[name])
	}
	out.WriteString(")\n\n")
	for _, name := range sortedKeys(g.funcs) {
		out.WriteString("\n" + g.funcs[name])
	}
	return format.Source(out.Bytes())
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
