package closecode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// Frames built by a helper. A gateway often builds its payloads in one
// function (marshalBotFrame(op, data) returning the bytes of
// Frame{Op: op, D: data}, NewHelloFrame() returning a frame with a
// constant op) and writes what it returns elsewhere. The opcode is then a
// parameter of the helper, given a constant at the call, or a constant
// of the helper's. The Frame fact on each such function says which, so
// that the call is checked in any package: the argument, or the call
// itself for the helper's constant.

// Frame is the fact exported on a function that returns a gateway
// payload (or its JSON encoding) whose opcode is one of its parameters
// or a constant.
type Frame struct {
	Params []int    // the parameters that become the opcode (receiver excluded), sorted
	Ops    []int64  // the constant opcodes it returns
	Where  []string // where each of Ops is written: "frames.go:12"
}

// AFact marks Frame as an analysis fact.
func (*Frame) AFact() {}

// String prints the fact as frame(op:0, op=10).
func (f *Frame) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("op:%d", p))
	}
	for _, v := range f.Ops {
		parts = append(parts, fmt.Sprintf("op=%d", v))
	}
	return "frame(" + strings.Join(parts, ", ") + ")"
}

// frames computes, once a run, the Frame of each function of the
// package that has one, and exports those of the exported functions.
func (r *reporter) frames() map[*types.Func]*Frame {
	if r.frameOf != nil {
		return r.frameOf
	}
	r.frameOf = make(map[*types.Func]*Frame)
	for fn, decl := range r.ev.decls {
		if f := r.frame(decl); f != nil {
			r.frameOf[fn] = f
			if fn.Exported() {
				r.pass.ExportObjectFact(fn, f)
			}
		}
	}
	return r.frameOf
}

// frame returns what the first result of the function decl gives the
// opcode of the payload it returns, or nil.
func (r *reporter) frame(decl *ast.FuncDecl) *Frame {
	if decl.Type.Results == nil || len(decl.Type.Results.List) == 0 || !r.payloadType(r.pass.TypesInfo.TypeOf(decl.Type.Results.List[0].Type)) {
		return nil // no result that can be a payload or its encoding
	}
	params := make(map[types.Object]int)
	i := 0
	for _, field := range decl.Type.Params.List {
		for _, id := range field.Names {
			if obj := r.pass.TypesInfo.Defs[id]; obj != nil {
				params[obj] = i
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	f := new(Frame)
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // another function's returns
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return false // named results: the values are not at the return
			}
			lit := r.ev.payload(n.Results[0])
			if lit == nil {
				return false // not a payload built here
			}
			val := r.opValue(lit)
			if val == nil {
				return false // no op field
			}
			if v, ok := r.ev.Int(val); ok {
				p := r.pass.Fset.Position(val.Pos())
				f.Ops = append(f.Ops, v)
				f.Where = append(f.Where, fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line))
				return false
			}
			if id, ok := r.ev.vals.Source(val).(*ast.Ident); ok {
				if p, ok := params[r.pass.TypesInfo.Uses[id]]; ok && !slices.Contains(f.Params, p) {
					f.Params = append(f.Params, p)
				}
			}
			return false
		}
		return true
	})
	if len(f.Params) == 0 && len(f.Ops) == 0 {
		return nil
	}
	slices.Sort(f.Params)
	return f
}

// frameCall checks the opcode of a payload s sends that a helper builds:
// s's value is a call of it, directly or through a local assigned once
// (b := marshalBotFrame(op, d); b, err := marshalBotFrame(op, d)).
func (r *reporter) frameCall(s summary.Site) {
	call := r.callOf(s.Expr)
	if call == nil {
		return // not a call's value
	}
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return // a builtin, a function value
	}
	fn = fn.Origin()
	var f *Frame
	local := fn.Pkg() == r.pass.Pkg
	if local {
		f = r.frames()[fn]
	} else {
		f = new(Frame)
		if !r.pass.ImportObjectFact(fn, f) {
			f = nil
		}
	}
	if f == nil {
		return // builds no payload with an opcode we can read
	}
	for _, p := range f.Params {
		i, ok := sinks.Argument(r.pass.TypesInfo, call, p)
		if !ok {
			continue // no argument of its own
		}
		arg := call.Args[i]
		if code, ok := r.ev.Int(arg); ok {
			r.opcode(s, arg, code, r.sentAt(s, arg))
		}
	}
	if local {
		return // its constants are reported at its returns, which the summary follows
	}
	for i, v := range f.Ops {
		r.opcode(s, call, v, fmt.Sprintf(" (returned by %s at %s)", fn.Name(), f.Where[i]))
	}
}

// callOf returns the call whose value e is: e itself, or a local assigned
// once from it, alone or with an error.
func (r *reporter) callOf(e ast.Expr) *ast.CallExpr {
	src := r.ev.vals.Source(e)
	if call, ok := src.(*ast.CallExpr); ok {
		return call
	}
	id, ok := src.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || r.ev.writes[v] > 0 || r.ev.fieldWritten[v] {
		return nil // not a variable, or written again
	}
	return r.tupleCalls()[v]
}

// tupleCalls indexes, once a run, the locals defined with an error from
// a call: b of b, err := f().
func (r *reporter) tupleCalls() map[*types.Var]*ast.CallExpr {
	if r.tuples != nil {
		return r.tuples
	}
	r.tuples = make(map[*types.Var]*ast.CallExpr)
	for cur := range r.sum.Inspector().Root().Preorder((*ast.AssignStmt)(nil)) {
		n := cur.Node().(*ast.AssignStmt)
		if n.Tok != token.DEFINE || len(n.Lhs) != 2 || len(n.Rhs) != 1 {
			continue // not b, err := f()
		}
		call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if id, ok := n.Lhs[0].(*ast.Ident); ok {
			if v, ok := r.pass.TypesInfo.Defs[id].(*types.Var); ok {
				r.tuples[v] = call
			}
		}
	}
	return r.tuples
}

// sentAt names the sink of s for a message about a value at e, when the
// sink is on another line: " (reaches WriteMessage at gateway.go:40)".
func (r *reporter) sentAt(s summary.Site, e ast.Expr) string {
	if suffix := s.Elsewhere(r.pass.Fset); suffix != "" {
		return suffix // the site itself came from elsewhere
	}
	a, b := r.pass.Fset.Position(e.Pos()), r.pass.Fset.Position(s.Expr.Pos())
	if a.Filename == b.Filename && a.Line == b.Line || s.Callee == nil {
		return ""
	}
	return fmt.Sprintf(" (reaches %s at %s:%d)", s.Callee.Name(), filepath.Base(b.Filename), b.Line)
}

// payloadType reports whether a function's result of type t can be a
// gateway payload or its encoding: bytes, a string, a struct (or a
// pointer to one) with an "op" field, a map with string keys, or an
// empty interface.
func (r *reporter) payloadType(t types.Type) bool {
	if t == nil {
		return false // ill-typed
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Struct:
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() && jsonName(f, u.Tag(i)) == opcodeField {
				return true
			}
		}
		return false
	case *types.Map:
		b, ok := u.Key().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	case *types.Interface:
		return u.Empty()
	}
	return false
}
