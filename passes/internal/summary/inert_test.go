package summary

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

// TestWithoutInert checks which tables of struct literals the summary
// reads the package without at first: literals only, of a struct type of
// the package with unexported, unembedded fields and no methods; and
// which element types it names, to read the package again with them if
// a field of one reaches a sink.
func TestWithoutInert(t *testing.T) {
	const src = `package p

import "net/http"

type word struct {
	size  byte
	index uint16
}

type entry struct {
	code int
	text string
}

type Exported struct{ Code int }

type withMethod struct{ n int }

func (withMethod) String() string { return "" }

type embeds struct {
	word
	n int
}

type generic[T any] struct{ v T }

type alias = word

var n = 3

var dict = [3]word{{4, 0}, {5, 1}, {size: 6, index: 2}} // out
var typed = []word{word{1, 2}, {+1, 2}}                  // out
var entries = [...]entry{{-1, "none"}, {404, "missing"}} // out
var bytes = []byte{1, 2}                                  // out: a literal table

var exported = []Exported{{404}}           // an exported field
var methods = []withMethod{{1}}            // a method (String, MarshalJSON) may read it
var embedded = []embeds{{word{1, 2}, 3}}   // an embedded field
var generics = []generic[int]{{1}}         // generic
var cookies = []http.Cookie{{Name: "a"}}   // another package's type
var pointers = []*word{{1, 2}}             // pointer elements
var nested = [][]word{{{1, 2}}}            // tables of tables
var variable = []word{{1, uint16(n)}}      // a value that is not a literal
var named = []word{alias{1, 2}}            // an element type under another name
var mixed, other = []word{{1, 2}}, 2       // one value is not a table
var sized = [len(dict)]word{{1, 2}}        // its length uses a variable
var zero []word                            // no value
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: make(map[ast.Expr]types.TypeAndValue),
		Defs:  make(map[*ast.Ident]types.Object),
		Uses:  make(map[*ast.Ident]types.Object),
	}
	pkg, err := (&types.Config{Importer: importer.ForCompiler(fset, "source", nil)}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info}

	before := len(f.Decls)
	files, elems := withoutInert(pass)
	var kept []string
	for _, d := range files[0].Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, s := range gd.Specs {
				for _, id := range s.(*ast.ValueSpec).Names {
					kept = append(kept, id.Name)
				}
			}
		}
	}
	want := []string{"n", "exported", "methods", "embedded", "generics", "cookies", "pointers", "nested", "variable", "named", "mixed", "other", "sized", "zero"}
	if diff := cmp.Diff(want, kept); diff != "" {
		t.Errorf("variables kept (-want +got):\n%s", diff)
	}
	var got []string
	for _, n := range elems {
		got = append(got, n.Obj().Name())
	}
	if diff := cmp.Diff([]string{"word", "entry"}, got); diff != "" {
		t.Errorf("element types (-want +got):\n%s", diff)
	}
	if len(f.Decls) != before || files[0] == f {
		t.Errorf("the package's file changed (%d declarations, %d before), or was returned itself; want a copy", len(f.Decls), before)
	}
}
