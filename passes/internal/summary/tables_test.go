package summary_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/passes/internal/summary"
)

// TestWithoutTables checks which package-level variables the shared
// inspector's files leave out: arrays and slices of basic literals only,
// nested or signed; not maps, struct elements, keyed elements, named
// types, lengths that use a variable, locals or variables with other
// values beside; and that the package's own files are left as they were.
func TestWithoutTables(t *testing.T) {
	const src = `package p

import "net/http"

type route struct {
	path   string
	status int
}

type codes []int

var dict = []byte{0x74, 0x69, 'm', 1}          // out
var hash = [4]uint16{1, 2, 3, 4}                // out
var signed = [...]int{-1, +2, 3}                // out
var nested = [][]byte{{1, 2}, {3}, {}}          // out
var empty = []string{}                          // out
var words = []string{"a", "b"}                  // out

var (
	inGroup = []int{1, 2} // out
	status  = http.StatusNotFound
)

var routes = []route{{"/a", 404}}               // a struct table: its fields may reach a sink
var byName = map[string]int{"a": 404}           // a map: looked up by constant keys
var keyed = [...]string{404: "missing"}         // keyed
var named = codes{404, 500}                     // a named type
var typedInner = [][]int{[]int{1}}              // inner type written out
var ptrs = []*route{{"/b", 500}}                // elements of a pointer type
var mixed = []int{1, http.StatusTeapot}         // a constant that is not a literal
var sized = [len(hash)]int{1}                   // its length uses a variable
var anyOf = []any{1, "a"}                       // out
var ifaces = []interface{}{1, "a"}              // an element type written out
var pair, other = []int{1}, 2                   // one value is not a table
var zero []int                                  // no value

func f() {
	local := []byte{1, 2, 3}
	_ = local
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := parser.ParseFile(fset, "q.go", "package p\n\nvar q = map[int]int{}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	files := []*ast.File{plain, f}
	before := names(f)

	out := summary.WithoutTables(files)
	if len(out) != 2 || out[0] != plain {
		t.Fatalf("WithoutTables gave %d files, first %p; want 2, the file without tables (%p) as it was", len(out), out[0], plain)
	}
	if out[1] == f {
		t.Fatal("WithoutTables returned the file with tables itself; want a copy")
	}
	if diff := cmp.Diff(before, names(f)); diff != "" || len(before) != 22 {
		t.Errorf("the package's file changed, or was not read (%d names; -before +after):\n%s", len(before), diff)
	}
	want := []string{"status", "routes", "byName", "keyed", "named", "typedInner", "ptrs", "mixed", "sized", "ifaces", "pair", "other", "zero", "f"}
	if diff := cmp.Diff(want, names(out[1])); diff != "" {
		t.Errorf("declarations kept (-want +got):\n%s", diff)
	}

	same := []*ast.File{plain}
	if got := summary.WithoutTables(same); &got[0] != &same[0] {
		t.Error("WithoutTables copied a file list that has no table; want it as it was")
	}
}

// names returns the names of the package-level variables and functions
// of f, in order.
func names(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, s := range d.Specs {
				for _, id := range s.(*ast.ValueSpec).Names {
					out = append(out, id.Name)
				}
			}
		case *ast.FuncDecl:
			out = append(out, d.Name.Name)
		}
	}
	return out
}
