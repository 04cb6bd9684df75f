package summary

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// Where a site counts. Most sink sites are sent wherever they are. Three
// kinds are not:
//   - a framework error value (echo.NewHTTPError(s, …), fiber.Error{Code:
//     s}) sends its status only when the value can reach the framework:
//     returned from a function (a handler, or a helper whose result a
//     handler returns), or passed to the framework's error entry point
//     (c.Error(err), or a helper whose parameter reaches it). A value
//     handed to another function, kept in a slice or only read is not
//     sent;
//   - an http.Response's status is one the program handles, read rather
//     than answered with, except inside a reverse proxy's ModifyResponse;
//   - in a _test.go file nothing is the API's answer: a fake server's
//     handler, a RoundTripper, a status written to a recorder are a
//     test's own (run sets their role to StatusRead).

// deferredSite is a site whose sink counts only in some places.
type deferredSite struct {
	site  Site
	cur   inspector.Cursor // the call, the composite literal or the assignment
	where sinks.Where
}

// decide appends the deferred sites that count to sites, read (StatusRead)
// where their status is handled rather than answered with.
func (st *state) decide(sites []Site) []Site {
	for _, d := range st.deferred {
		s := d.site
		switch d.where {
		case sinks.ErrorPath:
			if _, assign := d.cur.Node().(*ast.AssignStmt); !assign && !st.reachesFramework(d.cur, 0) {
				st.errorReturn(d.cur, s)
				continue // a value that never reaches the framework here; maybe through a caller elsewhere
			}
		case sinks.Handled:
			if !st.inModifyResponse(d.cur) {
				s.Role = readRole(s.Role)
			}
		}
		sites = append(sites, s)
	}
	st.deferred = nil
	return sites
}

// reachesFramework reports whether the value of the expression at cur, a
// framework error value, can reach the framework: returned, or passed to
// its error entry point, directly or through a local variable, a pointer,
// and methods of the value itself (he.SetInternal(err)).
func (st *state) reachesFramework(cur inspector.Cursor, depth int) bool {
	info := st.pass.TypesInfo
	for ; depth < 16; depth++ {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			cur = parent
			continue
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				return false // an operation on the value
			}
			cur = parent
			continue
		case *ast.SelectorExpr:
			call, ok := parent.Parent().Node().(*ast.CallExpr)
			if !ok || call.Fun != p {
				return false // a field read: he.Code
			}
			res := info.TypeOf(call)
			if res == nil || !types.Implements(res, errorType) {
				return false // a method whose result is not an error: he.Error()
			}
			cur = parent.Parent() // he.WithInternal(err), he.Wrap(err): the value goes on
			continue
		case *ast.ReturnStmt:
			return st.returnReaches(parent, depth)
		case *ast.CallExpr:
			if st.errorEntry(p, cur.Node()) {
				return true
			}
			if st.passesOn(p, cur.Node()) {
				cur = parent // wrap(err) returns err: the call's value goes on
				continue
			}
			return false
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && p.Rhs[0] == cur.Node() && len(p.Lhs) > 1 {
				// x, err := f(): the error is the last result
				return st.varReaches(p.Lhs[len(p.Lhs)-1], parent, depth)
			}
			for i, rhs := range p.Rhs {
				if rhs == cur.Node() && len(p.Lhs) == len(p.Rhs) {
					return st.varReaches(p.Lhs[i], parent, depth)
				}
			}
			return false
		case *ast.ValueSpec:
			for i, v := range p.Values {
				if v == cur.Node() && i < len(p.Names) {
					return st.varReaches(p.Names[i], parent, depth)
				}
			}
			return false
		}
		return false // kept in a composite, compared, …
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// errorEntry reports whether arg is an argument of call that reaches the
// framework's error entry point: an ErrorEntry row, or a helper whose
// parameter reaches one.
func (st *state) errorEntry(call *ast.CallExpr, arg ast.Node) bool {
	idx := -1
	for i, a := range call.Args {
		if a == arg {
			idx = i
		}
	}
	if idx < 0 {
		return false // the function called, not an argument
	}
	for _, a := range st.matcher.Call(call) {
		if a.Index == idx && a.Row.Role == sinks.ErrorEntry {
			return true
		}
	}
	callee := typeutil.Callee(st.pass.TypesInfo, call)
	if callee == nil {
		return false
	}
	for _, p := range st.paramsOf(callee) {
		if i, ok := sinks.Argument(st.pass.TypesInfo, call, p.Index); ok && i == idx && p.Role == sinks.ErrorEntry {
			return true
		}
	}
	return false
}

// varReaches reports whether the variable lhs (defined or assigned at
// stmt) is used where it reaches the framework. A package-level variable
// that other packages can use counts as reaching it.
func (st *state) varReaches(lhs ast.Expr, stmt inspector.Cursor, depth int) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return false // a field, an element: kept, not sent
	}
	obj := st.pass.TypesInfo.ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	scope := stmt
	if v.Parent() == st.pass.Pkg.Scope() {
		if v.Exported() {
			return true // other packages may return it
		}
		scope = st.root
	} else {
		for fc := range stmt.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			scope = fc
			break
		}
	}
	for use := range scope.Preorder((*ast.Ident)(nil)) {
		if st.pass.TypesInfo.Uses[use.Node().(*ast.Ident)] == v && st.reachesFramework(use, depth+1) {
			return true
		}
	}
	return false
}

// recordModify records, in the first walk, the functions given to a
// reverse proxy as its ModifyResponse.
func (st *state) recordModify(cur inspector.Cursor) {
	var key, val ast.Expr
	switch n := cur.Node().(type) {
	case *ast.KeyValueExpr:
		key, val = n.Key, n.Value
	case *ast.AssignStmt:
		if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return
		}
		key, val = n.Lhs[0], n.Rhs[0]
	default:
		return
	}
	v := sinks.FieldOf(st.pass.TypesInfo, key)
	if v == nil || v.Name() != "ModifyResponse" || v.Pkg() == nil || v.Pkg().Path() != "net/http/httputil" {
		return // not a reverse proxy's ModifyResponse
	}
	switch x := ast.Unparen(val).(type) {
	case *ast.FuncLit:
		st.modifyLits = append(st.modifyLits, x)
	case *ast.Ident, *ast.SelectorExpr:
		if obj := st.objectOrFunc(x); obj != nil {
			st.modify[obj] = true
		}
	}
}

func (st *state) objectOrFunc(e ast.Expr) types.Object {
	switch x := e.(type) {
	case *ast.Ident:
		return st.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		return st.pass.TypesInfo.Uses[x.Sel]
	}
	return nil
}

// inModifyResponse reports whether cur is inside a function given to a
// reverse proxy as its ModifyResponse.
func (st *state) inModifyResponse(cur inspector.Cursor) bool {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := fc.Node().(type) {
		case *ast.FuncLit:
			for _, lit := range st.modifyLits {
				if lit == n {
					return true
				}
			}
			if v := st.values.Binding(n); v != nil && st.modify[v] {
				return true
			}
		case *ast.FuncDecl:
			if fn := st.pass.TypesInfo.Defs[n.Name]; fn != nil && st.modify[fn] {
				return true
			}
		}
	}
	return false
}

// testFile reports whether pos is in a _test.go file, which the API's
// binary never holds: a status written there (to a recorder, by a fake
// server or round tripper, as a test's input) is not the API's answer.
func (st *state) testFile(pos token.Pos) bool {
	f := st.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// returnReaches reports whether a value returned at ret reaches the
// framework: the function is a handler of a framework with an error path
// (it takes one of its types, c echo.Context, c fiber.Ctx), or a function
// of the package some call of which reaches the framework in turn, or an
// exported function whose one result is the error (a constructor of the
// errors that handlers of other packages return). A function with other
// results (value, error) hands its error to a caller that checks it.
func (st *state) returnReaches(ret inspector.Cursor, depth int) bool {
	for fc := range ret.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch n := fc.Node().(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		}
		if st.handler(ft) {
			return true
		}
		obj := st.funcOf(fc.Node())
		if obj == nil {
			return false // a function literal of no name, not a handler
		}
		if done, ok := st.retReach[obj]; ok {
			return done
		}
		st.retReach[obj] = false // a cycle through itself adds nothing
		res := false
		if fn, ok := obj.(*types.Func); ok && fn.Exported() && fn.Signature().Results().Len() == 1 {
			res = true
		}
		for _, call := range st.calls[obj] {
			if res {
				break
			}
			res = st.reachesFramework(call, depth+1)
		}
		st.retReach[obj] = res
		return res
	}
	return false
}

// handler reports whether a function of type ft takes a type of a
// framework with an error path.
func (st *state) handler(ft *ast.FuncType) bool {
	if ft == nil || ft.Params == nil {
		return false
	}
	for _, f := range ft.Params.List {
		t := st.pass.TypesInfo.TypeOf(f.Type)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && st.matcher.Index().ErrorPathPackage(n.Obj().Pkg().Path()) {
			return true
		}
	}
	return false
}

// ErrorReturns is the fact exported on an exported function that returns
// a framework error beside other results (func Insert(…) (Sub, error) {
// … return Sub{}, echo.NewHTTPError(409, …) }): a caller in another
// package whose handler returns that error sends those statuses.
type ErrorReturns struct {
	Values []int64
	Where  []string // where each is returned: "subscribers.go:329"
}

// AFact marks ErrorReturns as an analysis fact.
func (*ErrorReturns) AFact() {}

// String prints the fact as error-returns(409).
func (f *ErrorReturns) String() string {
	parts := make([]string, len(f.Values))
	for i, v := range f.Values {
		parts[i] = fmt.Sprint(v)
	}
	return "error-returns(" + strings.Join(parts, ", ") + ")"
}

// errorReturn records the constant status of a framework error value
// returned directly from an exported function of several results, whose
// callers in other packages decide whether it is sent.
func (st *state) errorReturn(cur inspector.Cursor, s Site) {
	v, ok := st.values.Int(s.Expr)
	if !ok {
		return // not a constant status
	}
	for p := cur.Parent(); ; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.ParenExpr, *ast.UnaryExpr, *ast.StarExpr, *ast.CompositeLit, *ast.KeyValueExpr:
			continue // the value itself: &echo.HTTPError{Code: v}
		case *ast.ReturnStmt:
			for fc := range p.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				d, ok := fc.Node().(*ast.FuncDecl)
				if !ok {
					return // a function literal: no caller elsewhere
				}
				fn, ok := st.pass.TypesInfo.Defs[d.Name].(*types.Func)
				if !ok || !fn.Exported() || fn.Signature().Results().Len() < 2 {
					return // not a function other packages call for a result beside the error
				}
				f := st.errReturns[fn]
				if f == nil {
					f = new(ErrorReturns)
					st.errReturns[fn] = f
				}
				pos := st.pass.Fset.Position(s.Expr.Pos())
				f.Values = append(f.Values, v)
				f.Where = append(f.Where, fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line))
				return
			}
			return
		}
		return // handed elsewhere
	}
}

// errorCall is a call of another package's function with an ErrorReturns
// fact.
type errorCall struct {
	cur  inspector.Cursor
	fn   *types.Func
	fact *ErrorReturns
}

// recordErrorCall records, in the first walk, a call of an imported
// function with an ErrorReturns fact.
func (st *state) recordErrorCall(cur inspector.Cursor, callee types.Object) {
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == st.pass.Pkg || fn.Signature().Results().Len() < 2 {
		return // not another package's function of several results
	}
	var f ErrorReturns
	if st.pass.ImportObjectFact(fn.Origin(), &f) {
		st.errCalls = append(st.errCalls, errorCall{cur, fn, &f})
	}
}

// errorCallSites appends a site for each status an imported function's
// error may carry, at calls whose error reaches the framework.
func (st *state) errorCallSites(sites []Site) []Site {
	for _, c := range st.errCalls {
		if !st.reachesFramework(c.cur, 0) {
			continue // the caller checks the error and answers otherwise
		}
		call := c.cur.Node().(*ast.CallExpr)
		for i, v := range c.fact.Values {
			sites = append(sites, Site{Expr: call, Role: sinks.Status, Kind: Returned, Callee: c.fn,
				Through: c.fn, Const: &ReturnedConst{Value: v, By: c.fn.Name() + " at " + c.fact.Where[i]}})
		}
	}
	return sites
}
