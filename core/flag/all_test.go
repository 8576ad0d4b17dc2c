package flag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
)

// ruleVars parses the package's non-test files and returns the names of
// the top-level variables whose value is a Rule{…} or &Rule{…} literal,
// with the file each is in.
func ruleVars(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	out := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		f, err := parser.ParseFile(fset, name, src, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if isRuleLit(v) {
						out[vs.Names[i].Name] = name
					}
				}
			}
		}
	}
	return out
}

// exampleFuncs returns the package's functions named …Examples, with the
// file each is in.
func exampleFuncs(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	out := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasSuffix(fd.Name.Name, "Examples") {
				out[fd.Name.Name] = name
			}
		}
	}
	return out
}

// isRuleLit reports whether e is Rule{…} or &Rule{…}.
func isRuleLit(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	c, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	id, ok := c.Type.(*ast.Ident)
	return ok && id.Name == "Rule"
}

// allNames returns the identifiers listed in the All literal in all.go.
func allNames(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "all.go", nil, 0)
	require.NoError(t, err)
	var names []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "All" {
			return true
		}
		for _, el := range vs.Values[0].(*ast.CompositeLit).Elts {
			if u, ok := el.(*ast.UnaryExpr); ok {
				el = u.X
			}
			names = append(names, el.(*ast.Ident).Name)
		}
		return false
	})
	return names
}

var (
	kebab     = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	citesSeed = regexp.MustCompile(`(?i)\bseeds?\W*\d`)
)

func TestConventions(t *testing.T) {
	vars := ruleVars(t)
	listed := allNames(t)
	require.NotEmpty(t, vars)
	assert.ElementsMatch(t, keys(vars), listed, "every rule variable is listed in All exactly once")
	assert.Len(t, All, len(listed))
	// docs gives every rule its doc (DocIn), in All's order.
	require.Len(t, docs, len(All), "docs lists every rule of All")
	for i, d := range docs {
		assert.Equal(t, All[i].ID, d.id, "docs[%d] is All[%d]'s", i, i)
	}

	files := map[string]string{}
	ids := map[string]bool{}
	for _, r := range All {
		t.Run(r.ID, func(t *testing.T) {
			assert.Regexp(t, kebab, r.ID)
			assert.False(t, ids[r.ID], "duplicate ID")
			ids[r.ID] = true
			assert.NotEmpty(t, r.Title)
			assert.LessOrEqual(t, utf8.RuneCountInString(r.Title), 50)
			d := r.Docs()
			assert.NotEmpty(t, d.EN, "the rule's doc is listed in docs")
			assert.True(t, strings.HasSuffix(d.EN, "."), "doc is a sentence")
			// German, for the badge and the options page in a German browser.
			assert.NotEmpty(t, r.TitleDE, "German title")
			assert.LessOrEqual(t, utf8.RuneCountInString(r.TitleDE), 50)
			assert.NotEmpty(t, d.DE, "German doc")
			assert.True(t, strings.HasSuffix(d.DE, "."), "German doc is a sentence")
			// What a user reads says what a flag means for them; it cites
			// no source document ("seed 003").
			for _, s := range []string{r.Title, d.EN, r.TitleDE, d.DE} {
				assert.NotRegexp(t, citesSeed, s)
			}
			assert.Contains(t, []Group{GroupIdentity, GroupNote, GroupContext}, r.Group)
			assert.GreaterOrEqual(t, r.Weight, 1)
			assert.LessOrEqual(t, r.Weight, 100)
			assert.NotNil(t, r.Check)
			fires, quiet := examples(r)
			assert.GreaterOrEqual(t, len(fires), 2)
			assert.GreaterOrEqual(t, len(quiet), 2)
			assert.Same(t, r, ByID(r.ID))
		})
	}
	// each rule's examples: the function named for it in its file, listed in examplesOf
	funcs := exampleFuncs(t)
	for i, name := range listed {
		fn := strings.ToLower(name[:1]) + name[1:] + "Examples"
		assert.Equal(t, vars[name], funcs[fn], "%s's examples are %s, in its file", name, fn)
		if i < len(All) {
			f := examplesOf[All[i]]
			if assert.NotNil(t, f, "examplesOf lists %s", name) {
				got := runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
				assert.True(t, strings.HasSuffix(got, "."+fn), "examplesOf lists %s for %s, not %s", fn, name, got)
			}
		}
	}
	assert.Len(t, examplesOf, len(All))
	// one rule per file
	for name, file := range vars {
		assert.Empty(t, files[file], "%s and %s share %s", name, files[file], file)
		files[file] = name
	}
	assert.Nil(t, ByID("no-such-rule"))
}

// keys returns the keys of m.
func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// runExample runs rule r alone on an example, as Evaluate would.
func runExample(r *Rule, ex Example) (Hit, bool) {
	ctx := NewContext(ex.Settings)
	c := ex.Card
	var b *Batch
	if len(ex.Batch) > 0 {
		b = NewBatch(append(append([]card.Card{}, ex.Batch...), c))
	}
	if len(ex.Decided) > 0 {
		m, err := ctx.LearnFrom(ex.Decided)
		if err != nil {
			panic(err)
		}
		ctx.Learnt = m
	}
	return r.run(NewInput(ctx, &c, ex.Prior, b))
}

func TestExamples(t *testing.T) {
	for _, r := range All {
		fires, quiet := examples(r)
		for _, ex := range fires {
			t.Run(r.ID+"/fires/"+ex.Name, func(t *testing.T) {
				h, ok := runExample(r, ex)
				require.True(t, ok, "rule did not fire")
				assert.Greater(t, h.Strength, 0.0)
				assert.LessOrEqual(t, h.Strength, 1.0)
				require.NotEmpty(t, h.Evidence)
				for _, e := range h.Evidence {
					assert.NotEmpty(t, e)
					assert.True(t, utf8.ValidString(e))
				}
				t.Logf("%.2f %q", h.Strength, h.Evidence)
			})
		}
		for _, ex := range quiet {
			t.Run(r.ID+"/quiet/"+ex.Name, func(t *testing.T) {
				h, ok := runExample(r, ex)
				assert.False(t, ok, "rule fired: %.2f %q", h.Strength, h.Evidence)
			})
		}
	}
}
