package fiximport

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestNetHTTPNames checks the table of net/http constants against the
// standard library the tests run with.
func TestNetHTTPNames(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	pkg, err := importer.ForCompiler(fset, "source", nil).Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") {
			continue
		}
		v, _ := constant.Int64Val(c.Val())
		if netHTTPStatus[v] != name {
			t.Errorf("net/http declares %s = %d; the table says %q", name, v, netHTTPStatus[v])
		}
		found++
	}
	if found != len(netHTTPStatus) {
		t.Errorf("net/http has %d status constants, the table %d", found, len(netHTTPStatus))
	}
}

// file type-checks src as package p, with the sources of deps (path →
// source) importable.
func file(t *testing.T, src string, deps map[string]string) (File, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	pkgs := map[string]*types.Package{}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := pkgs[path]; ok {
			return p, nil
		}
		return nil, fmt.Errorf("no package %s", path)
	})
	for path, dsrc := range deps {
		f, err := parser.ParseFile(fset, path+".go", dsrc, 0)
		if err != nil {
			t.Fatal(err)
		}
		p, err := (&types.Config{}).Check(path, fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		pkgs[path] = p
	}
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:     map[ast.Expr]types.TypeAndValue{},
		Defs:      map[*ast.Ident]types.Object{},
		Uses:      map[*ast.Ident]types.Object{},
		Scopes:    map[ast.Node]*types.Scope{},
		Implicits: map[ast.Node]types.Object{},
	}
	pkg, err := (&types.Config{Importer: imp}).Check("example.com/p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return File{File: f, Info: info, Pkg: pkg}, fset
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// at returns the position of the first occurrence of marker in src.
func at(f File, fset *token.FileSet, src, marker string) token.Pos {
	return fset.File(f.File.Pos()).Pos(strings.Index(src, marker))
}

// apply applies edits to src and formats the result.
func apply(t *testing.T, fset *token.FileSet, src string, edits []analysis.TextEdit) string {
	t.Helper()
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
	var buf bytes.Buffer
	last := 0
	for _, e := range edits {
		off := fset.Position(e.Pos).Offset
		buf.WriteString(src[last:off])
		buf.Write(e.NewText)
		last = fset.Position(e.End).Offset
	}
	buf.WriteString(src[last:])
	out, err := format.Source(buf.Bytes())
	if err != nil {
		t.Fatalf("edited source does not parse: %v\n%s", err, buf.Bytes())
	}
	return string(out)
}

var libs = map[string]string{
	"net/http":                    "package http\nconst StatusNotFound = 404\n",
	"github.com/gofiber/fiber/v2": "package fiber\nconst StatusNotFound = 404\nconst StatusSwitchProxy = 306\n",
	"fmt":                         "package fmt\nfunc Sprint(...any) string { return \"\" }\n",
	"os":                          "package os\nfunc Exit(int) {}\n",
	"example.com/p/codes":         "package codes\ntype S int\nconst StatusTyped S = 420\nconst StatusCalm = 420\n",
}

func TestStatusConst(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, src string
		code      int64
		text      string // "" for none
		imports   string // an import the edits must add
	}{
		{"no imports", "package p\n\nfunc f() { _ = 404 }\n", 404, "http.StatusNotFound", `import "net/http"`},
		{"aliased", "package p\n\nimport h \"net/http\"\n\nvar _ = h.StatusNotFound\n\nfunc f() { _ = 404 }\n", 404, "h.StatusNotFound", ""},
		{"fiber imported", "package p\n\nimport \"github.com/gofiber/fiber/v2\"\n\nvar _ = fiber.StatusNotFound\n\nfunc f() { _ = 404 }\n", 404, "fiber.StatusNotFound", ""},
		{"net/http first", "package p\n\nimport (\n\t\"github.com/gofiber/fiber/v2\"\n\t\"net/http\"\n)\n\nvar _, _ = fiber.StatusNotFound, http.StatusNotFound\n\nfunc f() { _ = 404 }\n", 404, "http.StatusNotFound", ""},
		{"shadowed name", "package p\n\nfunc f(http int) { _ = 404 }\n", 404, "nethttp.StatusNotFound", `nethttp "net/http"`},
		{"package-level name", "package p\n\nvar http = 1\n\nfunc f() { _ = 404 }\n", 404, "nethttp.StatusNotFound", `nethttp "net/http"`},
		{"own import shadowed", "package p\n\nimport \"net/http\"\n\nvar _ = http.StatusNotFound\n\nfunc f() { http := 1; _ = http; _ = 404 }\n", 404, "", ""},
		{"module constant", "package p\n\nimport \"example.com/p/codes\"\n\nvar _ codes.S\n\nfunc f() { _ = 420 }\n", 420, "codes.StatusCalm", ""},
		{"own constant", "package p\n\nconst StatusCalm = 420\n\nfunc f() { _ = 420 }\n", 420, "StatusCalm", ""},
		{"unexported own constant", "package p\n\nconst statusCalm = 420\n\nfunc f() { _ = 420 }\n", 420, "", ""},
		{"no constant", "package p\n\nfunc f() { _ = 499 }\n", 499, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, fset := file(t, tc.src, libs)
			lit := strings.LastIndex(tc.src, "_ = ") + len("_ = ")
			pos := fset.File(f.File.Pos()).Pos(lit)
			text, edits, ok := f.StatusConst(pos, tc.code, types.Typ[types.Int], "example.com/p")
			if tc.text == "" {
				if ok {
					t.Fatalf("StatusConst = %q, want none", text)
				}
				return
			}
			if !ok || text != tc.text {
				t.Fatalf("StatusConst = %q, %v; want %q", text, ok, tc.text)
			}
			out := apply(t, fset, tc.src, edits)
			if tc.imports != "" && !strings.Contains(out, tc.imports) {
				t.Errorf("edits did not add %s:\n%s", tc.imports, out)
			}
			if tc.imports == "" && len(edits) > 0 {
				t.Errorf("edits added an import that was there:\n%s", out)
			}
		})
	}
}

func TestAddImport(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, src, path, want string }{
		{"none", "package p\n", "net/http", "package p\n\nimport \"net/http\"\n"},
		{"single std", "package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n", "net/http",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n)\n"},
		{"single std after", "package p\n\nimport \"os\"\n\nvar _ = os.Exit\n", "net/http",
			"import (\n\t\"net/http\"\n\t\"os\"\n)\n"},
		{"single other", "package p\n\nimport \"example.com/x\"\n\nvar _ = x.X\n", "net/http",
			"import (\n\t\"net/http\"\n\n\t\"example.com/x\"\n)\n"},
		{"single aliased", "package p\n\nimport y \"example.com/x\"\n\nvar _ = y.X\n", "net/http",
			"import (\n\t\"net/http\"\n\n\ty \"example.com/x\"\n)\n"},
		{"block, sorted", "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar _, _ = fmt.Sprint, os.Exit\n", "net/http",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n"},
		{"block, last", "package p\n\nimport (\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint\n", "net/http",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n)\n"},
		{"empty block", "package p\n\nimport ()\n", "net/http", "import (\n\t\"net/http\"\n)\n"},
		{"std group of two", "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/a\"\n\t\"example.com/z\"\n)\n", "net/http",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n\n\t\"example.com/a\"\n\t\"example.com/z\"\n)\n"},
		{"std after its group", "package p\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/a\"\n)\n", "net/http",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"example.com/a\"\n)\n"},
		{"no std group", "package p\n\nimport (\n\t\"example.com/a\"\n)\n", "net/http",
			"import (\n\t\"net/http\"\n\n\t\"example.com/a\"\n)\n"},
		{"other into last group", "package p\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/a\"\n\t\"example.com/z\"\n)\n", "example.com/m",
			"import (\n\t\"fmt\"\n\n\t\"example.com/a\"\n\t\"example.com/m\"\n\t\"example.com/z\"\n)\n"},
		{"other, no group", "package p\n\nimport (\n\t\"fmt\"\n)\n", "example.com/m",
			"import (\n\t\"fmt\"\n\n\t\"example.com/m\"\n)\n"},
	} {
		// The edit alone, unformatted: gofmt would sort a group and hide
		// a misplaced import.
		fset := token.NewFileSet()
		pf, err := parser.ParseFile(fset, "p.go", tc.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		e := File{File: pf, Fset: fset}.AddImport("", tc.path)
		tf := fset.File(pf.Pos())
		out := tc.src[:tf.Offset(e.Pos)] + string(e.NewText) + tc.src[tf.Offset(e.End):]
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: got\n%s\nwant it to contain\n%s", tc.name, out, tc.want)
		}
		if formatted, err := format.Source([]byte(out)); err != nil || string(formatted) != out {
			t.Errorf("%s: the result is not as gofmt writes it (%v):\n%s", tc.name, err, out)
		}
	}
}

func TestRefPosition(t *testing.T) {
	t.Parallel()
	src := "package p\n\nimport \"net/http\"\n\nvar _ = http.StatusNotFound\n\nfunc f() {\n\t_ = 1 // before\n\thttp := 2\n\t_ = http // after\n}\n"
	f, fset := file(t, src, libs)
	if text, _, ok := f.Ref(at(f, fset, src, "1 // before"), "net/http", "http", "StatusOK"); !ok || text != "http.StatusOK" {
		t.Errorf("before the local: Ref = %q, %v", text, ok)
	}
	if text, _, ok := f.Ref(at(f, fset, src, "http // after"), "net/http", "http", "StatusOK"); ok {
		t.Errorf("after the local: Ref = %q, want none", text)
	}
}
