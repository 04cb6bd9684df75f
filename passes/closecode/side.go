package closecode

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// side says which end of a WebSocket connection a program is.
type side uint8

const (
	sideUnknown side = iota // neither dialed nor accepted: taken for the server
	sideClient              // dialed (sinks.Dial)
	sideServer              // accepted (sinks.Accept)
	sideMixed               // a local also assigned from something else
	sideBoth                // the WebSocket library itself, which dials: code for either end
)

// ends says which end of its connections a package is.
//
// How it works: the calls of the sink table's Dial and Accept rows (and of
// helpers whose parameter reaches one) are the package's dials and
// accepts. A package that dials and accepts nothing is a client; one that
// accepts is a server, even if it also dials. A package that is the dial
// of a row (gobwas/ws, which declares Dial) is the library itself: its code
// builds frames for either end. A local variable every
// assignment of which takes the first result of a dial (c, _, err :=
// dialer.Dial(url, nil)) is a client's connection, and of an accept a
// server's, whatever the package is.
type ends struct {
	pkg   side
	conns map[*types.Var]side
}

// newEnds finds the dials and accepts of the package sum summarises.
func newEnds(pkg *types.Package, info *types.Info, sum *summary.Result) *ends {
	calls := make(map[*ast.CallExpr]side)
	dials, accepts := false, false
	for _, s := range sum.Sites() {
		switch s.Role {
		case sinks.Dial:
			dials = true
			calls[s.Call] = sideClient
		case sinks.Accept:
			accepts = true
			calls[s.Call] = sideServer
		}
	}
	e := &ends{conns: make(map[*types.Var]side)}
	for _, row := range sinks.Table {
		if row.Role == sinks.Dial && row.Pkg == pkg.Path() {
			e.pkg = sideBoth
			return e // the library that dials: both ends
		}
	}
	switch {
	case accepts:
		e.pkg = sideServer
	case dials:
		e.pkg = sideClient
	default:
		return e // no connection of its own: nothing to tell a local by
	}
	// record notes that the identifier lhs is assigned the value of rhs,
	// whose first result is a connection when rhs is a dial or an accept.
	record := func(lhs ast.Expr, rhs ast.Expr, first bool) {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			return // a field or an element: not a local
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == pkg.Scope() {
			return // blank, a field, or a package-level variable
		}
		got := sideMixed
		if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && first {
			if s, ok := calls[call]; ok {
				got = s
			}
		}
		if old, ok := e.conns[v]; ok && old != got {
			got = sideMixed
		}
		e.conns[v] = got
	}
	assign := func(lhs, rhs []ast.Expr) {
		switch {
		case len(lhs) == len(rhs):
			for i := range lhs {
				record(lhs[i], rhs[i], true)
			}
		case len(rhs) == 1:
			for i := range lhs {
				record(lhs[i], rhs[0], i == 0)
			}
		}
	}
	for cur := range sum.Inspector().Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			assign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			assign(lhs, n.Values)
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if x != nil {
					record(x, nil, false)
				}
			}
		}
	}
	return e
}

// client reports whether the call that sends a message is a client's: a
// connection among its receiver and arguments is a local assigned from
// dials only (or from accepts only, for a server's), or else the package
// is a client.
func (e *ends) client(info *types.Info, call *ast.CallExpr) bool {
	if call == nil {
		return e.pkg == sideClient // not a call: the package decides
	}
	exprs := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			exprs = append([]ast.Expr{sel.X}, exprs...)
		}
	}
	for _, x := range exprs {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			continue // not a local
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			continue // a constant, a function, a package
		}
		switch e.conns[v] {
		case sideClient:
			return true
		case sideServer:
			return false
		}
	}
	return e.pkg == sideClient
}

// mayBeClient reports whether the call may be a client's: client says so,
// or the package is the library itself, whose code serves either end.
func (e *ends) mayBeClient(info *types.Info, call *ast.CallExpr) bool {
	return e.pkg == sideBoth || e.client(info, call)
}
