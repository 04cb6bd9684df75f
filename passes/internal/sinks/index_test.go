package sinks

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

const fwSrc = `package fw

type Writer interface {
	WriteHeader(int)
	Header() map[string]string
}

type Ctx struct{ Code int }

func (c *Ctx) JSON(code int, v any) {}

func Error(w Writer, msg string, code int) {}

type Resp struct{ Status int }

func Redirect(loc string, status ...int) {}
`

const midSrc = `package mid

import "example.com/fw"

func New() *fw.Ctx { return nil }
`

const userSrc = `package user

import "example.com/fw"

type myW struct{ fw.Writer }

type ownW struct{}

func (*ownW) WriteHeader(int)           {}
func (*ownW) Header() map[string]string { return nil }

type notW struct{}

func (notW) WriteHeader(int) {}

type wrapCtx struct{ *fw.Ctx }

type Ctx struct{ Code int }

func (Ctx) JSON(code int, v any) {}

type embedsResp struct{ fw.Resp }

func f(w fw.Writer, m *myW, o *ownW, n notW, c *fw.Ctx, wc wrapCtx, own Ctx, e embedsResp) {
	w.WriteHeader(1)
	m.WriteHeader(2)
	o.WriteHeader(3)
	n.WriteHeader(-1)
	c.JSON(4, nil)
	wc.JSON(5, nil)
	own.JSON(-2, nil)
	fw.Error(w, "x", 6)
	(*fw.Ctx).JSON(c, 7, nil)
	_ = fw.Resp{Status: 8}
	_ = e.Status
	_ = own.Code
	_ = c.Code
	fw.Error(triple())
	fw.Redirect("/", 9)
	fw.Redirect("/", codes...)
	fw.Redirect("/")
}

var codes []int

func triple() (fw.Writer, string, int) { return nil, "", -3 }
`

var testRows = []Row{
	{Pkg: "example.com/fw", Recv: "Writer", Name: "WriteHeader", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "example.com/fw", Recv: "Ctx", Name: "JSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "example.com/fw", Name: "Error", Kind: Func, Arg: 2, Role: Status},
	{Pkg: "example.com/fw", Recv: "Resp", Name: "Status", Kind: Field, Role: StatusRead},
	{Pkg: "example.com/fw", Name: "Redirect", Kind: Func, Arg: 1, Role: Status},
}

type checked struct {
	pkgs  map[string]*types.Package
	files map[string]*ast.File
	infos map[string]*types.Info
}

// check type-checks the sources, in order, as packages example.com/<name>.
func check(t *testing.T, srcs ...[2]string) checked {
	t.Helper()
	c := checked{map[string]*types.Package{}, map[string]*ast.File{}, map[string]*types.Info{}}
	fset := token.NewFileSet()
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := c.pkgs[path]; ok {
			return p, nil
		}
		return nil, fmt.Errorf("no package %s", path)
	})
	for _, s := range srcs {
		path := "example.com/" + s[0]
		f, err := parser.ParseFile(fset, s[0]+".go", s[1], 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
		}
		pkg, err := (&types.Config{Importer: imp}).Check(path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		c.pkgs[path], c.files[path], c.infos[path] = pkg, f, info
	}
	return c
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestMatcherCall checks each call of the user package: the sinks carry
// positive literals, the look-alikes negative ones.
func TestMatcherCall(t *testing.T) {
	t.Parallel()
	c := check(t, [2]string{"fw", fwSrc}, [2]string{"user", userSrc})
	path := "example.com/user"
	m := NewIndex(testRows).Matcher(c.pkgs[path], c.infos[path])
	var got []string
	ast.Inspect(c.files[path], func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		for _, a := range m.Call(call) {
			got = append(got, fmt.Sprintf("%s.%s[%d]=%s", a.Row.Recv, a.Row.Name, a.Index, types.ExprString(call.Args[a.Index])))
		}
		return true
	})
	want := []string{
		"Writer.WriteHeader[0]=1", // the interface itself
		"Writer.WriteHeader[0]=2", // a struct embedding it
		"Writer.WriteHeader[0]=3", // a type implementing it
		"Ctx.JSON[0]=4",
		"Ctx.JSON[0]=5",  // promoted through embedding
		".Error[2]=6",    // a function
		"Ctx.JSON[1]=7",  // a method expression: the receiver is argument 0
		".Redirect[1]=9", // a variadic argument; not a slice passed with ..., nor a tuple
	}
	if !slices.Equal(got, want) {
		t.Errorf("sink arguments:\n got %q\nwant %q", got, want)
	}
}

// TestMatcherField checks Field rows by object: the field, promoted or
// not, and not a field of the same name elsewhere.
func TestMatcherField(t *testing.T) {
	t.Parallel()
	c := check(t, [2]string{"fw", fwSrc}, [2]string{"user", userSrc})
	path := "example.com/user"
	info := c.infos[path]
	m := NewIndex(testRows).Matcher(c.pkgs[path], info)
	var got []string
	ast.Inspect(c.files[path], func(n ast.Node) bool {
		var e ast.Expr
		switch n := n.(type) {
		case *ast.SelectorExpr:
			e = n
		case *ast.KeyValueExpr:
			e = n.Key
		default:
			return true
		}
		if v := FieldOf(info, e); v != nil {
			if row, ok := m.Field(v); ok {
				got = append(got, types.ExprString(e)+"="+row.Recv+"."+row.Name)
			}
		}
		return true
	})
	want := []string{"Status=Resp.Status", "e.Status=Resp.Status"}
	if !slices.Equal(got, want) {
		t.Errorf("sink fields: got %q, want %q", got, want)
	}
}

func TestRelevant(t *testing.T) {
	t.Parallel()
	c := check(t, [2]string{"fw", fwSrc}, [2]string{"mid", midSrc}, [2]string{"user", userSrc},
		[2]string{"lone", "package lone\n"})
	ix := NewIndex(testRows)
	for path, want := range map[string]bool{
		"example.com/fw":   true, // a sink package itself
		"example.com/user": true, // imports it
		"example.com/mid":  true, // imports it, for a caller that imports mid only
		"example.com/lone": false,
	} {
		if got := ix.Relevant(c.pkgs[path]); got != want {
			t.Errorf("Relevant(%s) = %v, want %v", path, got, want)
		}
	}
	viaMid := types.NewPackage("example.com/top", "top")
	viaMid.SetImports([]*types.Package{c.pkgs["example.com/mid"]})
	if !ix.Relevant(viaMid) {
		t.Error("Relevant of a package that imports fw through mid = false, want true")
	}
	if !ix.SinkPackage("example.com/fw") || ix.SinkPackage("example.com/mid") {
		t.Error("SinkPackage is wrong")
	}
}

// TestTableRowsHaveKnownKinds checks that every row of the shared table
// is indexed (an unknown Kind would be dropped silently).
func TestTableRowsHaveKnownKinds(t *testing.T) {
	t.Parallel()
	ix := NewIndex(Table)
	for _, r := range Table {
		if r.Kind < Func || r.Kind > Field {
			t.Errorf("row %+v has a kind the index does not know", r)
		}
		if !ix.SinkPackage(r.Pkg) {
			t.Errorf("row %+v: package not indexed", r)
		}
	}
}
