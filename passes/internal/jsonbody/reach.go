package jsonbody

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/params"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// How an object reaches a response. An object counts as an answer to the
// client only where its value can reach a response sink; an error-shaped
// struct built while decoding another service's reply, logged, or encoded
// into an outgoing request is not the API's answer.
//
// How it works. From the object's node the walk goes outward through what
// carries the value: parentheses, & and *, conversions; the value of a key
// or an element of an enclosing composite literal (the object then sits
// under that key, or under "[]" for an element); a variable it is assigned
// to, whose every use is walked in turn; a map index or a field it is
// stored into (m["error"] = obj, env.Errors = append(env.Errors, obj));
// append; json.Marshal, whose bytes are walked on; and the result of a
// function of the package, walked on from each of its calls. It stops with
// success at the body argument of a sink of the table, at the body
// parameter of a helper (this package's, or a fact of another's), and at
// json.NewEncoder(w).Encode(v) where w is a response writer. Anything else
// (another call, a comparison, a field read) stops it with no answer.

// Reach says how an object reaches the client.
type Reach struct {
	// Call is the call that sends the value the object is in: a sink, a
	// helper, an encoder's Encode. It is nil for the result of an exported
	// constructor of the object that no call in the package sends:
	// callers in other packages do.
	Call *ast.CallExpr
	// Arg is the argument of Call that carries the value, or nil when the
	// object is built by Call itself (a helper that builds and sends it).
	Arg ast.Expr
	// Path are the keys from the value sent down to the object, outermost
	// first: ["errors", "[]"] for each element of an array under "errors".
	Path []string
	// Status is the status expression the value is sent with, where the
	// call gives it (c.JSON(400, v), the status argument of a helper, or
	// w.WriteHeader(n) before an encoder on the same writer), or nil.
	Status ast.Expr
	// Fixed is the status a helper sends its body parameter with, written
	// inside the helper (writeJSON(w, 404, v) in notFound(w, v)), or 0.
	Fixed int
	// Implicit is set when the value is written to a ResponseWriter with
	// no WriteHeader before it in the handler: the status is 200.
	Implicit bool
}

// Sender is the fact exported on a function whose parameter becomes the
// response body whole (writeJSON(w, status, v)), with the status it is
// sent with.
type Sender struct {
	Params []SentParam // sorted by Index
}

// AFact marks Sender as an analysis fact.
func (*Sender) AFact() {}

func (s *Sender) String() string {
	parts := make([]string, len(s.Params))
	for i, p := range s.Params {
		parts[i] = p.String()
	}
	return "sender(" + strings.Join(parts, ", ") + ")"
}

// SentParam says that the parameter Index (receiver excluded) becomes the
// response body, sent with the status of parameter StatusArg-1 (StatusArg
// is 0 when no parameter gives it) or with the constant Fixed (0 when
// unknown).
type SentParam struct {
	Index     int
	StatusArg int
	Fixed     int
}

func (p SentParam) String() string {
	s := itoa(p.Index) + ":body"
	if p.StatusArg > 0 {
		s += " status=" + itoa(p.StatusArg-1)
	}
	if p.Fixed > 0 {
		s += " status=" + itoa(p.Fixed)
	}
	return s
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Responder is the fact exported on a function that builds JSON objects
// from its parameters (a Helper) and writes a response: the objects it
// builds are the response it writes. Status is the one constant status
// every response it writes has (fail(w, code) over write(w, 400, code)),
// or 0.
type Responder struct {
	Status int
}

// AFact marks Responder as an analysis fact.
func (*Responder) AFact() {}

func (r *Responder) String() string {
	if r.Status != 0 {
		return "responder(status=" + itoa(r.Status) + ")"
	}
	return "responder"
}

// maxReach bounds the variables and calls one walk goes through.
const maxReach = 12

// flow is what the walks share in one package.
type flow struct {
	mu        sync.Mutex // held by Body.Reach: the walks fill the memos below
	st        *state
	sum       *summary.Result
	insp      *inspector.Inspector                // walked in its program files only (programNodes): a test serves nothing
	uses      map[*types.Var][]inspector.Cursor   // the uses of the package's variables, found at the first need
	calls     map[types.Object][]inspector.Cursor // the calls of each local function (callsOf)
	callsDone bool
	senders   map[types.Object]*Sender // this package's senders, growing
	imports   map[*types.Func]*Sender  // imported senders, memoised
	writes    map[types.Object]bool    // local functions that write a response
	recvs     map[*types.Func]*Reach   // methods that send their receiver's fields
	fixed     map[types.Object]int     // their one constant status, or 0 (-1: several)
}

func newFlow(st *state, sum *summary.Result, insp *inspector.Inspector) *flow {
	f := &flow{
		st: st, sum: sum, insp: insp,
		calls:   make(map[types.Object][]inspector.Cursor),
		senders: make(map[types.Object]*Sender),
		imports: make(map[*types.Func]*Sender),
		writes:  make(map[types.Object]bool),
		recvs:   make(map[*types.Func]*Reach),
		fixed:   make(map[types.Object]int),
	}
	return f
}

// callsOf returns the calls of the package's function fn. The first call
// indexes the calls of all of them, in one walk.
func (f *flow) callsOf(fn types.Object) []inspector.Cursor {
	if !f.callsDone {
		f.callsDone = true
		info := f.st.pass.TypesInfo
		for cur := range f.st.programNodes(f.insp, (*ast.CallExpr)(nil)) {
			if local := params.Local(f.st.pass.Pkg, typeutil.Callee(info, cur.Node().(*ast.CallExpr))); local != nil {
				f.calls[local] = append(f.calls[local], cur)
			}
		}
	}
	return f.calls[fn]
}

// usesOf returns the uses of the variable v (a local, a parameter or a
// package-level variable of the package), in the order of the syntax.
func (f *flow) usesOf(v *types.Var) []inspector.Cursor {
	if v.Pkg() != f.st.pass.Pkg || v.Parent() == nil {
		return nil // another package's variable, or a field: no uses to follow here
	}
	if f.uses == nil {
		// One walk over the package's identifiers finds the uses of all
		// its variables, in order: a walk per variable from the root (or
		// a search for each scope's node) made a package of N functions
		// cost N² (BenchmarkScaling).
		f.uses = make(map[*types.Var][]inspector.Cursor)
		for id := range f.st.programNodes(f.insp, (*ast.Ident)(nil)) {
			if u, ok := f.st.pass.TypesInfo.Uses[id.Node().(*ast.Ident)].(*types.Var); ok && u.Pkg() == f.st.pass.Pkg {
				f.uses[u] = append(f.uses[u], id)
			}
		}
	}
	return f.uses[v]
}

// walk is one walk's state.
type walk struct {
	seen  map[types.Object]bool
	steps int
}

// reach returns how the value at cur reaches the client, or nil. path are
// the keys under which the object sits in that value, outermost first.
func (f *flow) reach(cur inspector.Cursor, path []string, w *walk) *Reach {
	info := f.st.pass.TypesInfo
	for {
		p := cur.Parent()
		if !p.Valid() {
			return nil
		}
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			cur = p
			continue
		case *ast.UnaryExpr:
			if pn.Op != token.AND {
				return nil // an operation on the value
			}
			cur = p
			continue
		case *ast.KeyValueExpr:
			if cur.Node() != pn.Value {
				return nil // a key, not a value
			}
			lit, ok := p.Parent().Node().(*ast.CompositeLit)
			if !ok {
				return nil
			}
			key, ok := f.litKey(lit, pn.Key)
			if !ok {
				return nil // not a JSON key of the outer object
			}
			path = under(key, path)
			cur = p.Parent()
			continue
		case *ast.CompositeLit:
			key, ok := f.elemKey(pn, cur.Node())
			if !ok {
				return nil
			}
			path = under(key, path)
			cur = p
			continue
		case *ast.CallExpr:
			return f.reachCall(p, pn, cur.Node(), path, w)
		case *ast.AssignStmt:
			lhs := assigned(pn.Lhs, pn.Rhs, cur.Node())
			if lhs == nil {
				return nil // an operand of x op= v, or not the value
			}
			return f.reachStore(lhs, path, w)
		case *ast.ValueSpec:
			for i, v := range pn.Values {
				if v == cur.Node() && len(pn.Values) == len(pn.Names) {
					if obj, ok := info.Defs[pn.Names[i]].(*types.Var); ok {
						return f.reachVar(obj, path, w)
					}
				}
			}
			return nil
		case *ast.ReturnStmt:
			return f.reachReturn(p, path, w)
		case *ast.SelectorExpr:
			if cur.Node() != pn.X {
				return nil
			}
			return f.reachMethod(p, pn, path, w)
		}
		return nil // read, compared, or used in another way
	}
}

// under returns path below key: key then path. An empty key (an embedded
// struct's promoted fields) adds nothing.
func under(key string, path []string) []string {
	if key == "" {
		return path
	}
	return append([]string{key}, path...)
}

// assigned returns the left-hand side that the right-hand value n goes
// to in a plain assignment, or for b, err := json.Marshal(v) the first.
func assigned(lhs, rhs []ast.Expr, n ast.Node) ast.Expr {
	for i, r := range rhs {
		if r != n {
			continue
		}
		if len(lhs) == len(rhs) {
			return lhs[i]
		}
		if len(rhs) == 1 && len(lhs) == 2 {
			return lhs[0] // a call's two results: the value and an error
		}
	}
	return nil
}

// litKey returns the JSON key that the element key k of the composite
// literal lit gives its value: a struct field's key ("" for an embedded
// struct whose fields are promoted), a map's constant key, "[]" for an
// indexed element of a slice or array.
func (f *flow) litKey(lit *ast.CompositeLit, k ast.Expr) (string, bool) {
	tv, ok := f.st.pass.TypesInfo.Types[lit]
	if !ok {
		return "", false
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Struct:
		id, ok := k.(*ast.Ident)
		if !ok {
			return "", false
		}
		v, ok := f.st.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return "", false
		}
		return f.fieldKey(tv.Type, v)
	case *types.Map:
		s, ok := f.st.values.String(k)
		return s, ok && f.st.jsonMap(tv.Type, u)
	case *types.Slice, *types.Array:
		return "[]", true
	case *types.Pointer:
		return "", false
	}
	return "", false
}

// elemKey returns the JSON key of an element written without a key: an
// element of a slice or array literal, or a struct field by position.
func (f *flow) elemKey(lit *ast.CompositeLit, elt ast.Node) (string, bool) {
	tv, ok := f.st.pass.TypesInfo.Types[lit]
	if !ok {
		return "", false
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Slice, *types.Array:
		return "[]", true
	case *types.Struct:
		i := slices.IndexFunc(lit.Elts, func(e ast.Expr) bool { return e == elt })
		if i < 0 || i >= u.NumFields() {
			return "", false
		}
		return f.fieldKey(tv.Type, u.Field(i))
	}
	return "", false
}

// fieldKey returns the JSON key of the field v of the struct type t, ""
// for an embedded struct without a tag name.
func (f *flow) fieldKey(t types.Type, v *types.Var) (string, bool) {
	sk := f.st.structKeys(t)
	if sk == nil {
		return "", false // no JSON object of its own
	}
	if key, ok := sk.byField[v.Origin()]; ok {
		return key, true
	}
	if v.Embedded() {
		return "", true // its fields are promoted
	}
	return "", false // not written by encoding/json
}

// reachStore follows a value stored into lhs: a variable, a map index, a
// field, a slice element, or through a pointer.
func (f *flow) reachStore(lhs ast.Expr, path []string, w *walk) *Reach {
	info := f.st.pass.TypesInfo
	for range maxReach {
		switch x := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			obj, ok := info.ObjectOf(x).(*types.Var)
			if !ok {
				return nil // the blank identifier
			}
			return f.reachVar(obj, path, w)
		case *ast.IndexExpr:
			tv, ok := info.Types[x.X]
			if !ok {
				return nil
			}
			switch u := tv.Type.Underlying().(type) {
			case *types.Map:
				key, ok := f.st.values.String(x.Index)
				if !ok || !f.st.jsonMap(tv.Type, u) {
					return nil // a computed key, or not a JSON object
				}
				path = under(key, path)
			case *types.Slice, *types.Array:
				path = under("[]", path)
			default:
				return nil
			}
			lhs = x.X
		case *ast.SelectorExpr:
			s, ok := info.Selections[x]
			if !ok || s.Kind() != types.FieldVal {
				return nil // a package-level variable of another package
			}
			v, _ := s.Obj().(*types.Var)
			t := s.Recv()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			key, ok := f.fieldKey(t, v)
			if !ok || key == "" {
				return nil
			}
			path = under(key, path)
			lhs = x.X
		case *ast.StarExpr:
			lhs = x.X
		default:
			return nil
		}
	}
	return nil
}

// reachVar follows every use of the local variable v.
func (f *flow) reachVar(v *types.Var, path []string, w *walk) *Reach {
	if w.seen[v] || w.steps >= maxReach {
		return nil // already followed, or too far
	}
	w.seen[v] = true
	w.steps++
	for _, use := range f.usesOf(v) {
		if r := f.reach(use, path, w); r != nil {
			return r
		}
	}
	return nil
}

// reachMethod follows a value whose method the program calls
// (err.Write(w)), when the method, of this package, copies its receiver's
// fields into an object it sends: the value then reaches the client where
// that object sits.
func (f *flow) reachMethod(selCur inspector.Cursor, sel *ast.SelectorExpr, path []string, w *walk) *Reach {
	s, ok := f.st.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return nil // a field read, not a method call
	}
	call, ok := selCur.Parent().Node().(*ast.CallExpr)
	if !ok || call.Fun != sel {
		return nil // a method value taken, not called here
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() != f.st.pass.Pkg {
		return nil // another package's method
	}
	inner := f.receiverSent(fn.Origin(), w)
	if inner == nil {
		return nil
	}
	return &Reach{Call: call, Path: append(append([]string(nil), inner.Path...), path...), Status: inner.Status, Fixed: inner.Fixed}
}

// receiverSent returns how the method fn sends its receiver's fields: the
// reach of the first field it reads that reaches the client, with the
// path of the object the field is copied into (wrap{Errors: []err{{Code:
// r.Code}}} puts the receiver at errors[]), or nil.
func (f *flow) receiverSent(fn *types.Func, w *walk) *Reach {
	if r, ok := f.recvs[fn]; ok {
		return r
	}
	f.recvs[fn] = nil // while it is computed: a recursive method sends nothing more
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	var out *Reach
	for _, use := range f.usesOf(recv) {
		sel, ok := use.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != use.Node() {
			continue
		}
		if s, ok := f.st.pass.TypesInfo.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			continue // a method of the receiver
		}
		r := f.reach(use.Parent(), nil, &walk{seen: maps.Clone(w.seen), steps: w.steps})
		if r == nil || len(r.Path) == 0 || r.Arg == nil {
			continue // not sent, or the field is the whole value sent
		}
		r.Path = r.Path[:len(r.Path)-1] // the object the field is a key of
		out = r
		break
	}
	f.recvs[fn] = out
	return out
}

// reachReturn follows a returned value to the calls of its function.
func (f *flow) reachReturn(ret inspector.Cursor, path []string, w *walk) *Reach {
	var fn types.Object
	for c := range ret.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			fn = f.st.pass.TypesInfo.Defs[n.Name]
		case *ast.FuncLit:
			if v := f.st.values.Binding(n); v != nil {
				fn = v
			}
		}
		break // the innermost function
	}
	if fn == nil || w.seen[fn] || w.steps >= maxReach {
		return nil // a function literal not bound once, or already followed
	}
	w.seen[fn] = true
	w.steps++
	for _, call := range f.callsOf(fn) {
		if r := f.reach(call, path, w); r != nil {
			return r
		}
	}
	if f.constructor(fn, ret) {
		return &Reach{Path: path}
	}
	return nil
}

// constructor reports whether fn is an exported function of the package
// that returns the object at ret as a concrete result (func NotFound()
// *APIError), not as an error or another interface: a constructor of the
// API's bodies, which its callers elsewhere send.
func (f *flow) constructor(fn types.Object, ret inspector.Cursor) bool {
	fd, ok := fn.(*types.Func)
	if !ok || !fd.Exported() || fd.Signature().Recv() != nil {
		return false // unexported, a function literal, or a method (Error, MarshalJSON, …)
	}
	res := fd.Signature().Results()
	if res.Len() != 1 {
		return false // several results: a decoder's (v, err)
	}
	_, isIface := res.At(0).Type().Underlying().(*types.Interface)
	return !isIface
}

// reachCall follows the value n given to call at cur: through a
// conversion, append or json.Marshal, or to a sink it reaches.
func (f *flow) reachCall(cur inspector.Cursor, call *ast.CallExpr, n ast.Node, path []string, w *walk) *Reach {
	info := f.st.pass.TypesInfo
	arg := slices.IndexFunc(call.Args, func(a ast.Expr) bool { return a == n })
	if arg < 0 {
		return nil // the function called, not an argument
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return f.reach(cur, path, w) // a conversion
	}
	callee := typeutil.Callee(info, call)
	if b, ok := callee.(*types.Builtin); ok {
		if b.Name() != "append" {
			return nil // len, cap, …
		}
		if arg > 0 && !call.Ellipsis.IsValid() {
			path = under("[]", path)
		}
		return f.reach(cur, path, w)
	}
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil // a function value
	}
	e := call.Args[arg]
	if fn.Pkg().Path() == "encoding/json" {
		switch fn.Name() {
		case "Marshal", "MarshalIndent":
			if arg == 0 {
				return f.reach(cur, path, w) // its bytes are the value
			}
		case "Encode":
			if enc := f.encoderWriter(call); enc != nil {
				return &Reach{Call: call, Arg: e, Path: path, Status: f.statusBefore(cur, enc), Implicit: f.implicit(cur, enc)}
			}
		}
		return nil
	}
	for _, a := range f.st.matcher.Call(call) {
		if a.Index == arg && a.Row.Role == sinks.Body {
			return &Reach{Call: call, Arg: e, Path: path, Status: f.statusAt(cur, call)}
		}
	}
	if s := f.sender(callee); s != nil {
		shift := sinks.ReceiverArgs(info, call)
		for _, p := range s.Params {
			if p.Index+shift != arg {
				continue
			}
			r := &Reach{Call: call, Arg: e, Path: path, Fixed: p.Fixed}
			if p.StatusArg > 0 {
				if i, ok := sinks.Argument(info, call, p.StatusArg-1); ok {
					r.Status = call.Args[i]
				}
			}
			return r
		}
	}
	for _, s := range f.sum.Call(call) {
		if s.Role == sinks.Body && s.Arg == arg {
			return &Reach{Call: call, Arg: e, Path: path, Status: f.statusAt(cur, call)}
		}
	}
	return nil // a call that does not send its argument
}

// sender returns the Sender summary of a callee: this package's, or an
// imported fact.
func (f *flow) sender(callee types.Object) *Sender {
	if local := params.Local(f.st.pass.Pkg, callee); local != nil {
		return f.senders[local]
	}
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if s, ok := f.imports[fn]; ok {
		return s
	}
	var s *Sender
	if fact := new(Sender); f.st.pass.ImportObjectFact(fn, fact) {
		s = fact
	}
	f.imports[fn] = s
	return s
}

// encoderWriter returns the writer w of json.NewEncoder(w).Encode(v) when
// w is a response writer (its type has WriteHeader), else nil.
func (f *flow) encoderWriter(call *ast.CallExpr) ast.Expr {
	info := f.st.pass.TypesInfo
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(enc.Args) != 1 {
		return nil // an encoder made elsewhere
	}
	if fn, ok := typeutil.Callee(info, enc).(*types.Func); !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" || fn.Name() != "NewEncoder" {
		return nil
	}
	t := info.TypeOf(enc.Args[0])
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "WriteHeader")
	if _, ok := obj.(*types.Func); !ok {
		return nil // a buffer, a file: not the response
	}
	return enc.Args[0]
}

// statusAt returns the status expression of a sink or helper call: its
// own status argument, or that of the c.Status(n) call it is chained on,
// or w.WriteHeader(n) before it for a call that takes the writer w.
func (f *flow) statusAt(cur inspector.Cursor, call *ast.CallExpr) ast.Expr {
	for _, s := range f.sum.Call(call) {
		if s.Role == sinks.Status {
			return s.Expr
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if recv, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			for _, s := range f.sum.Call(recv) {
				if s.Role == sinks.Status {
					return s.Expr
				}
			}
		}
		if st := f.statusBefore(cur, sel.X); st != nil {
			return st // w.Write(b) after w.WriteHeader(n)
		}
	}
	for _, a := range call.Args {
		if st := f.statusBefore(cur, a); st != nil {
			return st // render.JSON(w, r, v) after render.Status(r, n)
		}
	}
	return nil
}

// statusBefore returns the status set on the writer (or request) w by the
// nearest statement before the one at cur, in cur's block or an
// enclosing one of the same function, that mentions w: w.WriteHeader(n)
// or render.Status(w, n). Any other mention of w (but w.Header()) before
// it leaves the status unknown.
func (f *flow) statusBefore(cur inspector.Cursor, w ast.Expr) ast.Expr {
	obj := f.varOf(w)
	if obj == nil {
		return nil // c.Writer, a field: too far to follow
	}
	st, _ := f.scanBack(cur, obj)
	return st
}

// implicit reports whether the write at cur to the writer w has the
// implicit status 200: w is a net/http ResponseWriter parameter of the
// function, nothing before the write mentions it but w.Header(), and the
// write is in no loop.
func (f *flow) implicit(cur inspector.Cursor, w ast.Expr) bool {
	obj := f.varOf(w)
	if obj == nil || !isResponseWriter(obj.Type()) {
		return false
	}
	st, clean := f.scanBack(cur, obj)
	if st != nil || !clean {
		return false
	}
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return false // a second turn may follow a first write
		case *ast.FuncDecl:
			return f.isParam(n.Type, obj)
		case *ast.FuncLit:
			return f.isParam(n.Type, obj)
		}
	}
	return false
}

func (f *flow) isParam(ft *ast.FuncType, obj *types.Var) bool {
	for _, field := range ft.Params.List {
		for _, id := range field.Names {
			if f.st.pass.TypesInfo.Defs[id] == obj {
				return true
			}
		}
	}
	return false
}

// isResponseWriter reports whether t is net/http.ResponseWriter.
func isResponseWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter"
}

// varOf returns the variable the expression names.
func (f *flow) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := f.st.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}

// scanBack walks the statements before the one holding cur, innermost
// block first, to the function's start. It returns the status of the
// first w.WriteHeader(n) or render.Status(w, n) it meets, and reports
// whether it met no other mention of w on the way (clean).
func (f *flow) scanBack(cur inspector.Cursor, w *types.Var) (ast.Expr, bool) {
	for c := cur; c.Valid(); c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil, true // the function's start
		}
		if _, ok := c.Node().(ast.Stmt); !ok {
			continue
		}
		switch c.Node().(type) {
		case *ast.CaseClause, *ast.CommClause:
			continue // the other cases do not run before this one
		}
		switch c.Parent().Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			continue // not in a list of statements: an if's else
		}
		for prev, ok := c.PrevSibling(); ok; prev, ok = prev.PrevSibling() {
			stmt, isStmt := prev.Node().(ast.Stmt)
			if !isStmt {
				break
			}
			if st, ok := f.setsStatus(stmt, w); ok {
				return st, true
			}
			if f.mentions(stmt, w) {
				return nil, false // used otherwise: the status is not obvious
			}
		}
	}
	return nil, true
}

// setsStatus returns the status of stmt when it is w.WriteHeader(n) or
// render.Status(w, n).
func (f *flow) setsStatus(stmt ast.Stmt, w *types.Var) (ast.Expr, bool) {
	x, ok := stmt.(*ast.ExprStmt)
	if !ok {
		return nil, false
	}
	call, ok := ast.Unparen(x.X).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	mentioned := false
	for _, a := range call.Args {
		if f.varOf(a) == w {
			mentioned = true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && f.varOf(sel.X) == w {
		mentioned = true
	}
	if !mentioned {
		return nil, false
	}
	for _, s := range f.sum.Call(call) {
		if s.Role == sinks.Status && !s.Helper {
			return s.Expr, true
		}
	}
	return nil, false
}

// mentions reports whether stmt uses w other than through w.Header().
func (f *flow) mentions(stmt ast.Stmt, w *types.Var) bool {
	found := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		if found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && f.varOf(sel.X) == w {
				return false // w.Header().Set(…): no status
			}
		}
		if id, ok := n.(*ast.Ident); ok && f.st.pass.TypesInfo.Uses[id] == w {
			found = true
		}
		return !found
	})
	return found
}

// computeSenders finds the parameters of the package's functions that
// become the response body whole, until no summary grows.
func (f *flow) computeSenders() {
	for range 4 {
		grew := false
		for v, o := range f.st.owners {
			if !mayHoldObject(v.Type()) {
				continue // a number, a string, an error: never a JSON object
			}
			r := f.reachVar(v, nil, &walk{seen: make(map[types.Object]bool)})
			if r == nil || len(r.Path) > 0 {
				continue // not sent, or only a part of the body
			}
			p := SentParam{Index: o.Index, Fixed: r.Fixed}
			if r.Status != nil {
				if n, ok := f.st.values.Int(r.Status); ok {
					p.Fixed = int(n)
				} else if id, ok := f.st.values.Source(r.Status).(*ast.Ident); ok {
					if sv, ok := f.st.pass.TypesInfo.Uses[id].(*types.Var); ok {
						if so, ok := f.st.owners[sv]; ok && so.Fn == o.Fn {
							p.StatusArg = so.Index + 1
						}
					}
				}
			}
			if r.Implicit {
				p.Fixed = 200
			}
			s := f.senders[o.Fn]
			if s == nil {
				s = &Sender{}
				f.senders[o.Fn] = s
			}
			if i := slices.IndexFunc(s.Params, func(q SentParam) bool { return q.Index == p.Index }); i >= 0 {
				if s.Params[i] != p && s.Params[i].StatusArg == 0 && s.Params[i].Fixed == 0 {
					s.Params[i] = p
					grew = true
				}
				continue
			}
			s.Params = append(s.Params, p)
			slices.SortFunc(s.Params, func(a, b SentParam) int { return a.Index - b.Index })
			grew = true
		}
		if !grew {
			return
		}
	}
}

// mayHoldObject reports whether a value of type t can be a JSON object
// (or the bytes of one): an interface other than error, a struct, a map,
// a slice, an array, a type parameter, or a pointer to one of these.
func mayHoldObject(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Interface:
		return !types.Identical(t, types.Universe.Lookup("error").Type())
	case *types.Struct, *types.Map, *types.Slice, *types.Array:
		return true
	}
	_, isParam := t.(*types.TypeParam)
	return isParam
}

// computeWrites finds the package's functions that write a response: they
// call a sink of the table, encode to a response writer, or call a
// function that writes one.
func (f *flow) computeWrites() {
	info := f.st.pass.TypesInfo
	direct := make(map[types.Object]bool)
	callees := make(map[types.Object][]types.Object)
	for cur := range f.st.programNodes(f.insp, (*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := f.enclosingFunc(cur)
		if fn == nil {
			continue
		}
		callee := typeutil.Callee(info, call)
		if local := params.Local(f.st.pass.Pkg, callee); local != nil {
			callees[fn] = append(callees[fn], local)
			continue
		}
		if len(f.st.matcher.Call(call)) > 0 || f.encoderWriter(call) != nil || f.importedWrites(callee) {
			direct[fn] = true
		}
	}
	for fn := range direct {
		f.writes[fn] = true
	}
	f.computeFixed()
	for changed := true; changed; {
		changed = false
		for fn, cs := range callees {
			if f.writes[fn] {
				continue
			}
			for _, c := range cs {
				if f.writes[c] {
					f.writes[fn], changed = true, true
					break
				}
			}
		}
	}
}

// computeFixed finds, for each function of the package, the one constant
// status of the statuses it sends: those of its sink and helper calls, and
// of the local functions it calls.
func (f *flow) computeFixed() {
	info := f.st.pass.TypesInfo
	own := make(map[types.Object][]int) // constant statuses, -1 for a computed one
	callees := make(map[types.Object][]types.Object)
	for cur := range f.st.programNodes(f.insp, (*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := f.enclosingFunc(cur)
		if fn == nil {
			continue
		}
		given := false // the call is given its status: the callee's own does not count
		for _, s := range f.sum.Call(call) {
			if s.Role != sinks.Status {
				continue
			}
			given = true
			if n, ok := f.st.values.Int(s.Expr); ok {
				own[fn] = append(own[fn], int(n))
			} else {
				own[fn] = append(own[fn], -1)
			}
		}
		if given {
			continue
		}
		callee := typeutil.Callee(info, call)
		if local := params.Local(f.st.pass.Pkg, callee); local != nil {
			callees[fn] = append(callees[fn], local)
		} else if fd, ok := callee.(*types.Func); ok && fd.Pkg() != nil {
			if r := new(Responder); f.st.pass.ImportObjectFact(fd.Origin(), r) && r.Status != 0 {
				own[fn] = append(own[fn], r.Status)
			}
		}
	}
	one := func(vals []int) int {
		v := 0
		for _, n := range vals {
			switch {
			case n < 0 || v != 0 && v != n:
				return -1
			case v == 0:
				v = n
			}
		}
		return v
	}
	for fn, vals := range own {
		f.fixed[fn] = one(vals)
	}
	for changed, rounds := true, 0; changed && rounds < 8; rounds++ {
		changed = false
		for fn, cs := range callees {
			vals := append([]int(nil), own[fn]...)
			for _, c := range cs {
				if v := f.fixed[c]; v != 0 {
					vals = append(vals, v)
				}
			}
			if v := one(vals); v != f.fixed[fn] {
				f.fixed[fn], changed = v, true
			}
		}
	}
}

// fixedStatus returns the one constant status the helper callee sends
// with, or 0.
func (f *flow) fixedStatus(callee types.Object) int {
	if local := params.Local(f.st.pass.Pkg, callee); local != nil {
		return max(f.fixed[local], 0)
	}
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return 0
	}
	r := new(Responder)
	if f.st.pass.ImportObjectFact(fn.Origin(), r) {
		return r.Status
	}
	return 0
}

// importedWrites reports whether callee is a function of another package
// known to write a response.
func (f *flow) importedWrites(callee types.Object) bool {
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	return f.st.pass.ImportObjectFact(fn.Origin(), new(Responder)) || f.sender(fn) != nil
}

// enclosingFunc returns the function declared at, or the function literal
// bound once around, cur.
func (f *flow) enclosingFunc(cur inspector.Cursor) types.Object {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return f.st.pass.TypesInfo.Defs[n.Name]
		case *ast.FuncLit:
			if v := f.st.values.Binding(n); v != nil {
				return v
			}
			continue // an unbound literal runs in its encloser's place
		}
	}
	return nil
}

// bodyReach returns how the object b reaches the client, or nil.
func (f *flow) bodyReach(b *Body) *Reach {
	w := &walk{seen: make(map[types.Object]bool)}
	switch b.Kind {
	case FieldAssign:
		sel := b.Node.(*ast.SelectorExpr)
		return f.reachStore(sel.X, nil, w)
	case MapIndex:
		ix := b.Node.(*ast.IndexExpr)
		return f.reachStore(ix.X, nil, w)
	}
	cur := b.cur
	if !cur.Valid() {
		var ok bool
		if cur, ok = f.insp.Root().FindNode(b.Node); !ok {
			return nil
		}
	}
	switch b.Kind {
	case HelperCall:
		if r := f.reach(cur, nil, w); r != nil {
			return r // a constructor's result, sent
		}
		if f.writesResponse(b.Callee) {
			call := b.Node.(*ast.CallExpr)
			r := &Reach{Call: call, Status: f.statusAt(cur, call)}
			if r.Status == nil {
				r.Fixed = f.fixedStatus(b.Callee)
			}
			return r
		}
		return nil
	}
	return f.reach(cur, nil, w)
}

// writesResponse reports whether the helper callee writes a response.
func (f *flow) writesResponse(callee types.Object) bool {
	if local := params.Local(f.st.pass.Pkg, callee); local != nil {
		return f.writes[local]
	}
	return f.importedWrites(callee)
}
