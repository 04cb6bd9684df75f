package leak5xx

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// frameworks is what a package says of the frameworks' error paths.
type frameworks struct {
	responseWriter *types.Interface // net/http's, when in reach
	// fiberDefault is set when the package makes a fiber app with the
	// default ErrorHandler and sets no other anywhere.
	fiberDefault bool
	// echoDebug is set when the package turns echo's Debug on and keeps
	// the default HTTPErrorHandler.
	echoDebug bool
}

var ep = sinks.FrameworkErrors

// scanFrameworks reads the package's framework configuration: the fiber
// apps it makes, the echo fields it sets.
func scanFrameworks(pass *analysis.Pass, sum *summary.Result) frameworks {
	var fw frameworks
	if p := lookupImport(pass.Pkg, "net/http"); p != nil {
		if tn, ok := p.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
			fw.responseWriter, _ = tn.Type().Underlying().(*types.Interface)
		}
	}
	var fiber, echo bool
	for _, imp := range pass.Pkg.Imports() {
		fiber = fiber || imp.Path() == ep.FiberPkg
		echo = echo || imp.Path() == ep.EchoPkg
	}
	if !fiber && !echo {
		return fw // neither framework's configuration can be here
	}
	info := pass.TypesInfo
	var fiberNew, fiberCustom, echoDebug, echoCustom bool
	for cur := range sum.Inspector().Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		if strings.HasSuffix(pass.Fset.File(cur.Node().Pos()).Name(), "_test.go") {
			continue // a test's app is not the one that serves these handlers
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != ep.FiberPkg || fn.Name() != "New" || fn.Signature().Recv() != nil {
				continue // not fiber.New
			}
			if len(n.Args) == 0 {
				fiberNew = true
			} else if _, ok := ast.Unparen(n.Args[0]).(*ast.CompositeLit); ok {
				fiberNew = true // its ErrorHandler key, if any, is seen as a literal below
			} else {
				fiberCustom = true // a configuration made elsewhere: its handler is unknown
			}
		case *ast.CompositeLit:
			if !isNamed(info.TypeOf(n), ep.FiberPkg, ep.FiberConfig) {
				continue
			}
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == ep.FiberErrorHandler && !isNil(info, kv.Value) {
						fiberCustom = true
					}
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				v := sinks.FieldOf(info, lhs)
				if v == nil || v.Pkg() == nil {
					continue
				}
				switch {
				case v.Pkg().Path() == ep.FiberPkg && v.Name() == ep.FiberErrorHandler:
					fiberCustom = true
				case v.Pkg().Path() == ep.EchoPkg && v.Name() == ep.EchoErrorHandler:
					echoCustom = true
				case v.Pkg().Path() == ep.EchoPkg && v.Name() == ep.EchoDebug && i < len(n.Rhs):
					if tv, ok := info.Types[n.Rhs[i]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) {
						echoDebug = true
					}
				}
			}
		}
	}
	fw.fiberDefault = fiberNew && !fiberCustom
	fw.echoDebug = echoDebug && !echoCustom
	return fw
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

func isNamed(t types.Type, pkg, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// lookupImport finds the package path among pkg's transitive imports.
func lookupImport(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{pkg: true}
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p.Path() == path {
			return p
		}
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// handlerOf says whether sig is a fiber handler (func(*fiber.Ctx) error)
// or an echo one (func(echo.Context) error).
func handlerOf(sig *types.Signature) handlerKind {
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return plainFunc
	}
	t := sig.Params().At(0).Type()
	if _, ptr := types.Unalias(t).(*types.Pointer); ptr && isNamed(t, ep.FiberPkg, ep.FiberCtx) {
		return fiberHandler
	}
	if isNamed(t, ep.EchoPkg, ep.EchoContext) {
		return echoHandler
	}
	return plainFunc
}

// errorHandlerSig reports whether sig is a framework's error handler:
// fiber's func(*fiber.Ctx, error) error or echo's func(error, echo.Context).
func (fw frameworks) errorHandlerSig(sig *types.Signature) bool {
	ps := sig.Params()
	if ps.Len() != 2 {
		return false
	}
	if isNamed(ps.At(0).Type(), ep.FiberPkg, ep.FiberCtx) && isError(ps.At(1).Type()) &&
		sig.Results().Len() == 1 && isError(sig.Results().At(0).Type()) {
		return true
	}
	return isError(ps.At(0).Type()) && isNamed(ps.At(1).Type(), ep.EchoPkg, ep.EchoContext) && sig.Results().Len() == 0
}

// echoInternal reports whether fn is (*echo.HTTPError).SetInternal or
// WithInternal.
func (fw frameworks) echoInternal(fn *types.Func) bool {
	r := fn.Signature().Recv()
	if r == nil || !isNamed(r.Type(), ep.EchoPkg, ep.EchoHTTPError) {
		return false
	}
	for _, n := range ep.EchoInternal {
		if fn.Name() == n {
			return true
		}
	}
	return false
}
