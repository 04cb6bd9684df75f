// Package constval finds the constant value of an expression as a pass sees
// it: literals in any base, parenthesised expressions, local and package
// constants, typed constants, conversions, and local variables assigned
// exactly once from such an expression.
//
// How it works: go/types already folds every constant expression and records
// its value in types.Info.Types, which covers literals, constants and
// conversions. What it does not fold is a variable, so Values also keeps, for
// each function-local variable of the package, the one expression it was
// assigned, and forgets a variable that is written twice, incremented,
// assigned in a range clause or has its address taken (explicitly, or by a
// pointer-receiver method call).
package constval

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// maxDepth bounds how many once-assigned locals Values follows in a row.
const maxDepth = 8

// Values answers constant-value questions about one package's syntax.
// It is built once per package and is safe for concurrent use once built.
type Values struct {
	info  *types.Info
	init  map[*types.Var]ast.Expr // the one initialiser of a local variable
	bound map[ast.Expr]*types.Var // the inverse of init
	dirty map[*types.Var]bool     // locals written more than once, or aliased
}

// New indexes the local variables of files, which info describes.
func New(info *types.Info, files []*ast.File) *Values {
	v := Empty(info)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			v.Record(n)
			return true
		})
	}
	return v
}

// Empty returns Values that know no variables yet, for a caller that walks
// the syntax anyway and calls Record on the way.
func Empty(info *types.Info) *Values {
	return &Values{
		info:  info,
		init:  make(map[*types.Var]ast.Expr),
		bound: make(map[ast.Expr]*types.Var),
		dirty: make(map[*types.Var]bool),
	}
}

// RecordTypes are the node types Record reads; others it ignores.
var RecordTypes = []ast.Node{
	(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IncDecStmt)(nil),
	(*ast.RangeStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.SelectorExpr)(nil),
}

// Record indexes one node. Every node of the package that is of one of the
// RecordTypes must be recorded before the Values are asked anything.
func (v *Values) Record(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue // a field or element write: not a local variable
			}
			if obj, ok := v.info.Defs[id].(*types.Var); ok && n.Tok == token.DEFINE {
				if len(n.Lhs) == len(n.Rhs) {
					v.define(obj, n.Rhs[i])
				}
				continue
			}
			v.write(id)
		}
	case *ast.ValueSpec:
		if len(n.Names) != len(n.Values) {
			return // zero value or a tuple: no single expression
		}
		for i, id := range n.Names {
			if obj, ok := v.info.Defs[id].(*types.Var); ok {
				v.define(obj, n.Values[i])
			}
		}
	case *ast.IncDecStmt:
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
			v.write(id)
		}
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := ast.Unparen(e).(*ast.Ident); ok {
					v.write(id)
				}
			}
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				v.write(id)
			}
		}
	case *ast.SelectorExpr:
		// x.M() with a pointer receiver takes x's address.
		if sel, ok := v.info.Selections[n]; ok && sel.Kind() == types.MethodVal {
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if fn, ok := sel.Obj().(*types.Func); ok {
					if recv := fn.Signature().Recv(); recv != nil && isPointer(recv.Type()) && !isPointer(sel.Recv()) {
						v.write(id)
					}
				}
			}
		}
	}
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

func (v *Values) define(obj *types.Var, e ast.Expr) {
	if !isLocal(obj) {
		return // package variables can be written from anywhere
	}
	if _, seen := v.init[obj]; seen {
		v.dirty[obj] = true
		return
	}
	v.init[obj] = e
	v.bound[ast.Unparen(e)] = obj
}

func (v *Values) write(id *ast.Ident) {
	if obj, ok := v.info.Uses[id].(*types.Var); ok {
		v.dirty[obj] = true
	}
}

// isLocal reports whether obj is a variable declared inside a function.
func isLocal(obj *types.Var) bool {
	if obj.Pkg() == nil || obj.IsField() || obj.Parent() == nil {
		return false
	}
	return obj.Parent() != obj.Pkg().Scope()
}

// Init returns the single expression the local variable x is assigned,
// if x is written exactly once (at its declaration or first assignment) and
// never aliased.
func (v *Values) Init(x *types.Var) (ast.Expr, bool) {
	if v.dirty[x] {
		return nil, false
	}
	e, ok := v.init[x]
	return e, ok
}

// Rewritten reports whether the local variable x is written after its
// declaration, or aliased.
func (v *Values) Rewritten(x *types.Var) bool { return v.dirty[x] }

// Binding returns the local variable whose single initialiser is e (such
// as a function literal bound with fail := func(…) {…}), or nil.
func (v *Values) Binding(e ast.Expr) *types.Var {
	x, ok := v.bound[ast.Unparen(e)]
	if !ok {
		return nil
	}
	if init, ok := v.Init(x); !ok || ast.Unparen(init) != ast.Unparen(e) {
		return nil // written again later
	}
	return x
}

// Const returns the constant value of e, or nil if e has none. A value
// that reaches e through a conversion it does not fit (uint8(x) with x
// assigned 300) has none.
func (v *Values) Const(e ast.Expr) constant.Value {
	if tv, ok := v.info.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	src, convs := v.walk(e)
	tv, ok := v.info.Types[src]
	if !ok || tv.Value == nil {
		return nil // not constant at its source
	}
	for _, t := range convs {
		if !fits(tv.Value, t) {
			return nil // the conversion changes the value at run time
		}
	}
	return tv.Value
}

// fits reports whether the constant c is unchanged by a conversion to t.
func fits(c constant.Value, t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return true // a conversion to a non-integer type: a string, a float
	}
	if c.Kind() != constant.Int {
		return false
	}
	lo, hi := intRange(b.Kind())
	return constant.Compare(c, token.GEQ, lo) && constant.Compare(c, token.LEQ, hi)
}

// intRange returns the bounds of an integer kind (int and uint as 64 bits,
// the widest of the platforms Go runs on).
func intRange(k types.BasicKind) (lo, hi constant.Value) {
	bits, signed := 64, true
	switch k {
	case types.Int8:
		bits = 8
	case types.Int16:
		bits = 16
	case types.Int32:
		bits = 32
	case types.Uint8:
		bits, signed = 8, false
	case types.Uint16:
		bits, signed = 16, false
	case types.Uint32:
		bits, signed = 32, false
	case types.Uint, types.Uint64, types.Uintptr:
		signed = false
	}
	one := constant.MakeInt64(1)
	if signed {
		hi = constant.BinaryOp(constant.Shift(one, token.SHL, uint(bits-1)), token.SUB, one)
		lo = constant.UnaryOp(token.SUB, constant.Shift(one, token.SHL, uint(bits-1)), 0)
		return lo, hi
	}
	return constant.MakeInt64(0), constant.BinaryOp(constant.Shift(one, token.SHL, uint(bits)), token.SUB, one)
}

func (v *Values) isConversion(call *ast.CallExpr) bool {
	tv, ok := v.info.Types[call.Fun]
	return ok && tv.IsType()
}

// Int returns the integer value of e, if it is a constant that fits an
// int64.
func (v *Values) Int(e ast.Expr) (int64, bool) {
	c := v.Const(e)
	if c == nil {
		return 0, false
	}
	c = constant.ToInt(c)
	if c.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c)
}

// String returns the value of e, if it is a constant string.
func (v *Values) String(e ast.Expr) (string, bool) {
	c := v.Const(e)
	if c == nil || c.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c), true
}

// Literal returns the integer or string literal that gives e its value,
// looking through parentheses, conversions and once-assigned locals; nil if
// e's value is named (a constant), computed, or not constant.
func (v *Values) Literal(e ast.Expr) *ast.BasicLit {
	lit, _ := v.Source(e).(*ast.BasicLit)
	return lit
}

// Source returns the expression e's value comes from, looking through
// parentheses, conversions and once-assigned locals, and stopping at the
// first expression that is none of these.
func (v *Values) Source(e ast.Expr) ast.Expr {
	src, _ := v.walk(e)
	return src
}

// walk is Source that also returns the types of the conversions passed.
func (v *Values) walk(e ast.Expr) (ast.Expr, []types.Type) {
	var convs []types.Type
	for depth := 0; depth < maxDepth; depth++ {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.Ident:
			obj, ok := v.info.Uses[x].(*types.Var)
			if !ok {
				return e, convs // a constant, a function, …
			}
			init, ok := v.Init(obj)
			if !ok {
				return e, convs // not a once-assigned local
			}
			e = init
		case *ast.CallExpr:
			if len(x.Args) != 1 || !v.isConversion(x) {
				return e, convs // a real call
			}
			convs = append(convs, v.info.Types[x.Fun].Type)
			e = x.Args[0]
		default:
			return e, convs // an operation, a selector, a literal, …
		}
	}
	return e, convs // too deep a chain of locals
}
