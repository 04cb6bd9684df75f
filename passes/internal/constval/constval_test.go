package constval

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const src = `package p

const named = 404

type Status int

const typed Status = 401

func use(...any) {}

type T int

func (t *T) Set() {}

func f(param int) {
	once := 404
	twice := 404
	twice = 500
	wide := 300
	chain := once
	var reason = "too long"
	addr := 200
	_ = &addr
	inc := 200
	inc++
	var m T = 7
	m.Set()
	var ranged int
	for ranged = range 3 {
	}
	use(
		404,           // 0
		(0x194),       // 1
		named,         // 2
		typed,         // 3
		int64(named),  // 4
		once,          // 5
		twice,         // 6
		uint8(wide),   // 7
		uint16(wide),  // 8
		chain,         // 9
		param,         // 10
		reason,        // 11
		"a"+"b",       // 12
		addr,          // 13
		inc,           // 14
		m,             // 15
		once+1,        // 16
		ranged,        // 17
		Status(once),  // 18
		len("x"),      // 19
	)
}
`

// args type-checks src and returns the arguments of its use call with the
// package's Values.
func args(t *testing.T) ([]ast.Expr, *Values) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	if _, err := (&types.Config{}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	var call *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "use" {
				call = c
			}
		}
		return call == nil
	})
	return call.Args, New(info, []*ast.File{f})
}

func TestInt(t *testing.T) {
	t.Parallel()
	exprs, v := args(t)
	want := map[int]int64{0: 404, 1: 404, 2: 404, 3: 401, 4: 404, 5: 404, 8: 300, 9: 404, 18: 404, 19: 1} // 16, once+1: operations on variables are not folded
	for i, e := range exprs {
		got, ok := v.Int(e)
		w, wantOK := want[i]
		if ok != wantOK || got != w {
			t.Errorf("Int(arg %d) = %d, %v; want %d, %v", i, got, ok, w, wantOK)
		}
	}
}

func TestString(t *testing.T) {
	t.Parallel()
	exprs, v := args(t)
	for i, want := range map[int]string{11: "too long", 12: "ab"} {
		if got, ok := v.String(exprs[i]); !ok || got != want {
			t.Errorf("String(arg %d) = %q, %v; want %q", i, got, ok, want)
		}
	}
	if got, ok := v.String(exprs[0]); ok {
		t.Errorf("String(404) = %q, want none", got)
	}
}

func TestLiteral(t *testing.T) {
	t.Parallel()
	exprs, v := args(t)
	// Raw literals, through parentheses, conversions and once-assigned
	// locals; named constants and computed values are not.
	want := map[int]string{0: "404", 1: "0x194", 5: "404", 7: "300", 8: "300", 9: "404", 11: `"too long"`, 18: "404"}
	for i, e := range exprs {
		lit := v.Literal(e)
		got := ""
		if lit != nil {
			got = lit.Value
		}
		if got != want[i] {
			t.Errorf("Literal(arg %d) = %q, want %q", i, got, want[i])
		}
	}
}

func TestConstFolds(t *testing.T) {
	t.Parallel()
	exprs, v := args(t)
	if c := v.Const(exprs[12]); c == nil || constant.StringVal(c) != "ab" {
		t.Errorf(`Const("a"+"b") = %v`, c)
	}
}
