package opstatus

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// TestEnclosingAcrossFiles checks that a position is found in its
// function when the files' positions do not follow their order in
// pass.Files, as when the go command parses them concurrently.
func TestEnclosingAcrossFiles(t *testing.T) {
	fset := token.NewFileSet()
	b, err := parser.ParseFile(fset, "b.go", "package p\n\nfunc b() {\n\tprintln()\n}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	a, err := parser.ParseFile(fset, "a.go", "package p\n\nfunc a() {\n\tf := func() {\n\t\tprintln()\n\t}\n\t_ = f\n}\n\nfunc a2() {}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	files := []*ast.File{a, b} // a.go first, though b.go has the lower positions
	pass := &analysis.Pass{Fset: fset, Files: files, TypesInfo: &types.Info{Defs: map[*ast.Ident]types.Object{}}}
	fs := newFuncs(pass, inspector.New(files))
	calls := map[string]token.Pos{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				calls[fset.Position(c.Pos()).Filename] = c.Pos()
			}
			return true
		})
	}
	if f := fs.enclosing(calls["b.go"]); f == nil || f.node.(*ast.FuncDecl).Name.Name != "b" {
		t.Errorf("the call in b.go is in %v, want b", f)
	}
	if f := fs.enclosing(calls["a.go"]); f == nil {
		t.Errorf("the call in a.go is in no function")
	} else if _, ok := f.node.(*ast.FuncLit); !ok {
		t.Errorf("the call in a.go is in %T, want the literal", f.node)
	}
	if f := fs.enclosing(a.Package); f != nil {
		t.Errorf("the package clause is in a function")
	}
}
