package closecode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/constval"
)

// maxHops bounds how many identity methods or locals the evaluator follows
// in a row.
const maxHops = 8

// evaluator finds constant values where constval stops: it also looks
// through calls of the package's own identity functions and methods
// (func (c CloseCode) Value() int { return int(c) }, the usual way to turn
// an iota-numbered code into the int a library wants), and through the
// bytes of json.Marshal(v) assigned with its error to a local.
//
// How it works: one walk over the package records each function
// declaration, each local defined from json.Marshal in a tuple, and each
// local whose fields are written; the questions then read those maps.
type evaluator struct {
	info  *types.Info
	vals  *constval.Values
	decls map[*types.Func]*ast.FuncDecl

	marshal      map[*types.Var]*ast.CallExpr // b from b, err := json.Marshal(v)
	writes       map[*types.Var]int           // assignments after the declaration
	fieldWritten map[*types.Var]bool          // x.f = … somewhere
}

func newEvaluator(info *types.Info, vals *constval.Values, insp *inspector.Inspector) *evaluator {
	ev := &evaluator{
		info:         info,
		vals:         vals,
		decls:        make(map[*types.Func]*ast.FuncDecl),
		marshal:      make(map[*types.Var]*ast.CallExpr),
		writes:       make(map[*types.Var]int),
		fieldWritten: make(map[*types.Var]bool),
	}
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				ev.decls[fn] = n
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				ev.assign(lhs, n.Tok == token.DEFINE, i, n.Rhs)
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				ev.assign(id, true, i, n.Values)
			}
		case *ast.IncDecStmt:
			ev.assign(n.X, false, 0, nil)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				ev.assign(n.X, false, 0, nil) // aliased: written through the pointer, maybe
			}
		}
	}
	return ev
}

// assign records the write of lhs, the i-th target of an assignment or
// declaration whose values are rhs.
func (ev *evaluator) assign(lhs ast.Expr, define bool, i int, rhs []ast.Expr) {
	switch x := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if v, ok := ev.info.Defs[x].(*types.Var); ok && define {
			if i == 0 && len(rhs) == 1 {
				if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok && isMarshal(ev.info, call) {
					ev.marshal[v] = call
				}
			}
			return // a declaration, not a write
		}
		if v, ok := ev.info.Uses[x].(*types.Var); ok {
			ev.writes[v]++
		}
	case *ast.SelectorExpr:
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if v, ok := ev.info.Uses[id].(*types.Var); ok {
				ev.fieldWritten[v] = true
			}
		}
	}
}

// isMarshal reports whether call calls encoding/json's Marshal or
// MarshalIndent.
func isMarshal(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return false
	}
	return (fn.Name() == "Marshal" || fn.Name() == "MarshalIndent") && len(call.Args) >= 1
}

// Int returns the integer value of e, if constval or an identity call
// gives it one.
func (ev *evaluator) Int(e ast.Expr) (int64, bool) {
	for hop := 0; hop < maxHops; hop++ {
		if v, ok := ev.vals.Int(e); ok {
			return v, true
		}
		call, ok := ev.vals.Source(e).(*ast.CallExpr)
		if !ok {
			return 0, false // neither constant nor a call
		}
		if e = ev.identityArg(call); e == nil {
			return 0, false // a call that computes something
		}
	}
	return 0, false // too long a chain
}

// String returns the value of e, if it is a constant string (or a
// conversion of one to []byte).
func (ev *evaluator) String(e ast.Expr) (string, bool) { return ev.vals.String(e) }

// identityArg returns the argument whose value call returns unchanged,
// when the callee is a function or method of this package whose body is
// only `return x` or `return T(x)`, x being its receiver or its only
// parameter; else nil.
func (ev *evaluator) identityArg(call *ast.CallExpr) ast.Expr {
	fn := typeutil.StaticCallee(ev.info, call)
	if fn == nil {
		return nil // a builtin, a conversion, a function value, an interface method
	}
	decl := ev.decls[fn.Origin()]
	if decl == nil || len(decl.Body.List) != 1 {
		return nil // not declared here, or more than a return
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil // not a single return value
	}
	res := ast.Unparen(ret.Results[0])
	for {
		c, ok := res.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 || !ev.isIntConversion(c) {
			break
		}
		res = ast.Unparen(c.Args[0])
	}
	id, ok := res.(*ast.Ident)
	if !ok {
		return nil // computes something
	}
	obj := ev.info.Uses[id]
	if decl.Recv != nil {
		if recv := decl.Recv.List; len(recv) == 1 && len(recv[0].Names) == 1 && ev.info.Defs[recv[0].Names[0]] == obj {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if s, ok := ev.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					return sel.X
				}
			}
		}
		return nil // returns a parameter, or called as a method expression
	}
	params := decl.Type.Params.List
	if len(params) == 1 && len(params[0].Names) == 1 && ev.info.Defs[params[0].Names[0]] == obj && len(call.Args) == 1 {
		return call.Args[0]
	}
	return nil
}

// isIntConversion reports whether c converts to an integer type.
func (ev *evaluator) isIntConversion(c *ast.CallExpr) bool {
	tv, ok := ev.info.Types[c.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// payload returns the composite literal whose encoding e sends: e itself,
// through &, parentheses, conversions, json.Marshal and locals assigned
// once; nil when it is anything else or a local whose fields are written
// after its literal.
func (ev *evaluator) payload(e ast.Expr) *ast.CompositeLit {
	for hop := 0; hop < maxHops; hop++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CompositeLit:
			return x
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil // an operation, not an address
			}
			e = x.X
		case *ast.Ident:
			v, ok := ev.info.Uses[x].(*types.Var)
			if !ok || ev.fieldWritten[v] {
				return nil // not a variable, or its literal is not what is sent
			}
			if init, ok := ev.vals.Init(v); ok {
				e = init
				continue // follow the local to its one value
			}
			call, ok := ev.marshal[v]
			if !ok || ev.writes[v] > 0 {
				return nil // a parameter, or written more than once
			}
			e = call.Args[0]
		case *ast.CallExpr:
			switch {
			case isMarshal(ev.info, x):
				e = x.Args[0]
			case len(x.Args) == 1 && ev.isConversion(x):
				e = x.Args[0]
			default:
				return nil // computed
			}
		default:
			return nil // an operation, a selector, a parameter's field
		}
	}
	return nil
}

func (ev *evaluator) isConversion(c *ast.CallExpr) bool {
	tv, ok := ev.info.Types[c.Fun]
	return ok && tv.IsType()
}
