package opstatus

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// How routes are found. A call that matches a row of sinks.RouteTable
// with a RouteHandler argument registers a handler; its RoutePath
// argument must be a constant string (a path built at run time maps to
// no operation). The path is joined to the prefix of the router it is
// registered on: the router's value is traced back, through locals
// assigned once, to the call that made it (a Group or PathPrefix with a
// constant prefix, under its own receiver's prefix; a Subrouter or With,
// under its receiver's), or to the parameter of a function that chi's
// Route or Group runs, or to a router that chi's Mount mounts. The method
// is the row's name (GET, Get), a RouteMethod argument, the method of a
// ServeMux pattern, or the RouteMethods of a gorilla route the call's
// result is given to; without one the route serves every method.

// route is one handler registration found in the package.
type route struct {
	method  string // "" for any
	path    string // with its routers' prefixes
	pos     token.Pos
	handler ast.Expr    // the handler argument
	fn      *types.Func // the handler, when it is a declared function or method
	lit     *ast.FuncLit
}

// routeFinder finds the routes of one package.
type routeFinder struct {
	pass    *analysis.Pass
	matcher *sinks.Matcher
	values  *constval.Values
	scopes  map[*types.Var]string // the router parameters of chi's Route and Group functions
	mounts  map[*types.Var]string // routers mounted under a prefix
	// chained are the methods gorilla's Methods names for the route a
	// call registers: r.HandleFunc(p, h).Methods("GET").
	chained map[*ast.CallExpr][]string
	// funcTypes are the package's declared functions, by object.
	funcTypes map[*types.Func]*ast.FuncType
}

var routeIndex = sync.OnceValue(func() *sinks.Index { return sinks.NewIndex(sinks.RouteTable) })

// findRoutes returns the package's route registrations.
func findRoutes(pass *analysis.Pass, sum *summary.Result) []route {
	if !routeIndex().Relevant(pass.Pkg) {
		return nil // no router package in reach
	}
	rf := &routeFinder{
		pass:    pass,
		matcher: routeIndex().Matcher(pass.Pkg, pass.TypesInfo),
		values:  sum.Values(),
		scopes:  map[*types.Var]string{},
		mounts:  map[*types.Var]string{},
		chained: map[*ast.CallExpr][]string{},
	}
	var calls []*ast.CallExpr
	for cur := range sum.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if isTestFile(pass, call.Pos()) {
			continue // a test's fake server is not the API
		}
		rows := rf.rows(call)
		if len(rows) == 0 {
			rf.passedRouters(call)
			continue // not a router's method
		}
		calls = append(calls, call)
		if hasRole(rows, sinks.RouteMethods) {
			if inner, ok := ast.Unparen(receiver(call)).(*ast.CallExpr); ok {
				for _, a := range call.Args {
					if m, ok := rf.values.String(a); ok {
						rf.chained[inner] = append(rf.chained[inner], strings.ToUpper(m))
					}
				}
			}
			continue
		}
		// Scopes and mounts first, in source order: an outer Route's
		// function is visited before the calls in its body.
		prefix, hasPrefix := rf.argString(call, rows, sinks.RoutePrefix)
		for _, r := range rows {
			arg, ok := rf.arg(call, r.Arg)
			if !ok {
				continue
			}
			switch r.Role {
			case sinks.RouteScope:
				p := rf.prefixOf(receiver(call))
				if hasPrefix {
					p = join(p, prefix)
				}
				if ft := rf.funcType(arg); ft != nil {
					rf.scope(ft, 0, p)
				}
			case sinks.RouteMount:
				if !hasPrefix {
					continue
				}
				for _, v := range rf.routerVars(arg) {
					rf.mounts[v] = join(rf.prefixOf(receiver(call)), prefix)
				}
			}
		}
	}
	var routes []route
	for _, call := range calls {
		rows := rf.rows(call)
		var rt route
		found := false
		for _, r := range rows {
			if r.Role != sinks.RouteHandler {
				continue
			}
			i, ok := rf.handlerArg(call, r.Arg)
			if !ok {
				continue
			}
			rt.handler = call.Args[i]
			found = true
		}
		if !found {
			continue // a Group, a PathPrefix, a Methods
		}
		path, ok := rf.argString(call, rows, sinks.RoutePath)
		if !ok {
			continue // a path built at run time
		}
		name := typeutil.Callee(pass.TypesInfo, call).Name()
		rt.method = httpMethod(name)
		if m, ok := rf.argString(call, rows, sinks.RouteMethod); ok {
			rt.method = strings.ToUpper(m)
		}
		if name == "Handle" || name == "HandleFunc" {
			if m, p := splitPattern(path); m != "" {
				rt.method, path = m, p
			}
		}
		rt.path = join(rf.prefixOf(receiver(call)), path)
		rt.pos = call.Pos()
		rt.fn, rt.lit = handlerOf(pass.TypesInfo, rt.handler)
		methods := rf.chained[call]
		if len(methods) == 0 {
			routes = append(routes, rt)
		}
		for _, m := range methods {
			r := rt
			r.method = m
			routes = append(routes, r)
		}
	}
	return routes
}

// funcType returns the type of the function e is, when it is a function
// literal or a function declared in this package, else nil.
func (rf *routeFinder) funcType(e ast.Expr) *ast.FuncType {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e.Type
	case *ast.Ident:
		if fn, ok := rf.pass.TypesInfo.Uses[e].(*types.Func); ok && fn.Pkg() == rf.pass.Pkg {
			return rf.decls()[fn]
		}
	}
	return nil
}

// decls returns the types of the package's declared functions.
func (rf *routeFinder) decls() map[*types.Func]*ast.FuncType {
	if rf.funcTypes == nil {
		rf.funcTypes = map[*types.Func]*ast.FuncType{}
		for _, f := range rf.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					if fn, ok := rf.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						rf.funcTypes[fn] = fd.Type
					}
				}
			}
		}
	}
	return rf.funcTypes
}

// scope records that parameter i of the function of type ft is a router
// under prefix p. Two places that give it different prefixes leave it
// with none: its routes are under either.
func (rf *routeFinder) scope(ft *ast.FuncType, i int, p string) {
	n := 0
	for _, field := range ft.Params.List {
		for _, id := range field.Names {
			if n == i {
				if v, ok := rf.pass.TypesInfo.Defs[id].(*types.Var); ok {
					if old, seen := rf.scopes[v]; seen && old != p {
						p = ""
					}
					rf.scopes[v] = p
				}
				return
			}
			n++
		}
		if len(field.Names) == 0 {
			n++
		}
	}
}

// passedRouters records the prefixes of routers a call of a function of
// this package passes it (registerOrders(v1), where v1 is r.Group("/v1")).
func (rf *routeFinder) passedRouters(call *ast.CallExpr) {
	ft := rf.funcType(call.Fun)
	if ft == nil {
		return // not a function of this package
	}
	for i, a := range call.Args {
		if !routeIndex().SinkPackage(typePkgPath(rf.pass.TypesInfo.TypeOf(a))) {
			continue // not a router
		}
		if p := rf.prefixOf(a); p != "" {
			rf.scope(ft, i, p)
		}
	}
}

// typePkgPath returns the package path of the named type t or *t is, or "".
func typePkgPath(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path()
	}
	return ""
}

// rows returns the route rows of call's callee.
func (rf *routeFinder) rows(call *ast.CallExpr) []sinks.Row {
	fn, ok := typeutil.Callee(rf.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil // a builtin, a conversion, a function value
	}
	return rf.matcher.Rows(fn)
}

func (rf *routeFinder) arg(call *ast.CallExpr, param int) (ast.Expr, bool) {
	if param < 0 {
		return nil, false
	}
	i, ok := sinks.Argument(rf.pass.TypesInfo, call, param)
	if !ok {
		return nil, false
	}
	return call.Args[i], true
}

// handlerArg returns the index of the handler argument: for a variadic
// parameter (middleware, then the handler), the last argument.
func (rf *routeFinder) handlerArg(call *ast.CallExpr, param int) (int, bool) {
	i, ok := sinks.Argument(rf.pass.TypesInfo, call, param)
	if !ok {
		return 0, false
	}
	if sig, ok := rf.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && sig.Variadic() && param == sig.Params().Len()-1 {
		return len(call.Args) - 1, true
	}
	return i, true
}

// argString returns the constant string of the call's argument of role.
func (rf *routeFinder) argString(call *ast.CallExpr, rows []sinks.Row, role sinks.Role) (string, bool) {
	for _, r := range rows {
		if r.Role != role {
			continue
		}
		if a, ok := rf.arg(call, r.Arg); ok {
			return rf.values.String(a)
		}
	}
	return "", false
}

// receiver returns the receiver expression of a method call, or nil.
func receiver(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// prefixOf returns the path prefix of the router e is.
func (rf *routeFinder) prefixOf(e ast.Expr) string {
	for depth := 0; e != nil && depth < 16; depth++ {
		e = ast.Unparen(e)
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := rf.pass.TypesInfo.Uses[id].(*types.Var); ok {
				if p, ok := rf.scopes[v]; ok {
					return p
				}
				if p, ok := rf.mounts[v]; ok {
					return p
				}
			}
		}
		src := rf.values.Source(e)
		if src != e {
			e = src
			continue
		}
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return "" // a router made elsewhere: the root
		}
		rows := rf.rows(call)
		if p, ok := rf.argString(call, rows, sinks.RoutePrefix); ok && !hasRole(rows, sinks.RouteScope) && !hasRole(rows, sinks.RouteMount) {
			return join(rf.prefixOf(receiver(call)), p)
		}
		if hasRole(rows, sinks.RouteSub) {
			e = receiver(call)
			if inner, ok := ast.Unparen(e).(*ast.CallExpr); ok {
				// r.PathPrefix("/api").Subrouter(): the prefix is the Route's.
				if p, ok := rf.argString(inner, rf.rows(inner), sinks.RoutePrefix); ok {
					return join(rf.prefixOf(receiver(inner)), p)
				}
			}
			continue
		}
		return ""
	}
	return ""
}

func hasRole(rows []sinks.Row, role sinks.Role) bool {
	for _, r := range rows {
		if r.Role == role {
			return true
		}
	}
	return false
}

// routerVars returns the variables a mounted router expression names: a
// local (r.Mount("/admin", admin)), or the variables the function it calls
// returns (r.Mount("/admin", adminRouter())), when that function is
// declared in this package.
func (rf *routeFinder) routerVars(e ast.Expr) []*types.Var {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := rf.pass.TypesInfo.Uses[id].(*types.Var); ok {
			return []*types.Var{v}
		}
		return nil
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := typeutil.StaticCallee(rf.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != rf.pass.Pkg {
		return nil // a router of another package
	}
	var vars []*types.Var
	for _, f := range rf.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || rf.pass.TypesInfo.Defs[fd.Name] != fn || fd.Body == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false // another function's returns
				}
				if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
					if id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident); ok {
						if v, ok := rf.pass.TypesInfo.Uses[id].(*types.Var); ok {
							vars = append(vars, v)
						}
					}
				}
				return true
			})
		}
	}
	return vars
}

// handlerOf returns the function a handler expression is: a declared
// function or method (h, s.getUser, http.HandlerFunc(h)), the one
// function an adapter is given (logged(h)), or a literal.
func handlerOf(info *types.Info, e ast.Expr) (*types.Func, *ast.FuncLit) {
	for depth := 0; depth < 4; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.FuncLit:
			return nil, x
		case *ast.Ident:
			fn, _ := info.Uses[x].(*types.Func)
			return fn, nil
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[x]; ok {
				if sel.Kind() == types.MethodVal {
					fn, _ := sel.Obj().(*types.Func)
					return fn, nil
				}
				return nil, nil // a field holding a function
			}
			fn, _ := info.Uses[x.Sel].(*types.Func) // pkg.Handler
			return fn, nil
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // http.HandlerFunc(h)
				continue
			}
			// An adapter or middleware around one function
			// (logged(h), adapt(deps, h, mw...)): the function is the
			// handler. A call with none or several is not known.
			var inner ast.Expr
			n := 0
			for _, a := range x.Args {
				if fn, _ := handlerOf(info, a); fn != nil {
					inner = a
					n++
				}
			}
			if n != 1 {
				return nil, nil // a handler made by a call
			}
			e = inner
			continue
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// isTestFile reports whether pos is in a _test.go file.
func isTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.File(pos).Name(), "_test.go")
}
