// Package jsonbody is the analyzer the passes share to find the JSON
// objects a program builds: struct composite literals and field
// assignments of types that encoding/json writes as objects, map literals
// with constant string keys, and calls of helpers whose parameters become
// fields of such an object. It knows no catalog: each object comes with
// all its JSON keys and the values the program gives them, and a pass
// decides which objects are the bodies it checks.
//
// How it works. The JSON keys of a struct type are computed as
// encoding/json computes them: the json tag's name, else the field's
// name; exported fields only; fields of embedded structs without a tag
// name are promoted; a tag of "-" drops the field. A type with its own
// MarshalJSON is not read (its keys are its own business), nor is the
// gRPC status message (its code is a gRPC code), nor an object logged,
// or encoded into the body of an outgoing request; and a field
// that the sink table knows as an HTTP status (fiber.Error.Code,
// echo.HTTPError.Code) is not a key of an error body. Each value is traced
// back through parentheses, conversions and locals assigned once
// (constval) to a parameter of the enclosing function; that function then
// builds the object with that parameter under that key, and a fact says so
// (Helper). A call of such a function builds the object too, so the
// analyzer repeats the tracing over the calls of the package's own helpers
// until no summary grows, and reads the facts of imported ones.
package jsonbody

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/params"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// Helper is the fact exported on a function whose parameters become
// fields of JSON objects it builds.
type Helper struct {
	Bodies []HelperBody
}

// AFact marks Helper as an analysis fact.
func (*Helper) AFact() {}

func (h *Helper) String() string {
	parts := make([]string, len(h.Bodies))
	for i, b := range h.Bodies {
		ps := make([]string, len(b.Params))
		for j, p := range b.Params {
			ps[j] = fmt.Sprintf("%d:%s", p.Index, p.Key)
		}
		parts[i] = "{" + strings.Join(b.Keys, ",") + "} " + strings.Join(ps, " ")
	}
	return "jsonbody(" + strings.Join(parts, "; ") + ")"
}

// MethodHelpers is the fact on a named type some of whose methods are
// helpers: the methods' names, sorted, and their Helper summaries (see
// params.Receiver for why they are kept on the type).
type MethodHelpers struct {
	Names   []string
	Helpers []Helper
}

// AFact marks MethodHelpers as an analysis fact.
func (*MethodHelpers) AFact() {}

func (m *MethodHelpers) String() string {
	parts := make([]string, len(m.Names))
	for i, name := range m.Names {
		parts[i] = name + ": " + m.Helpers[i].String()
	}
	return "methods(" + strings.Join(parts, "; ") + ")"
}

// HelperBody is one JSON object a helper builds: all its keys, and the
// parameters that become the values of some of them.
type HelperBody struct {
	Keys   []string
	Params []ParamKey // sorted by Index, then Key
}

// ParamKey says that the parameter Index (receiver excluded) becomes the
// value of the JSON key Key.
type ParamKey struct {
	Index int
	Key   string
}

// Kind says how a program builds an object.
type Kind uint8

const (
	// StructLit is a composite literal of a struct type.
	StructLit Kind = iota + 1
	// MapLit is a map composite literal with constant string keys.
	MapLit
	// FieldAssign is an assignment to a field of a struct value (e.Code = v).
	FieldAssign
	// HelperCall is a call of a helper that builds an object from its
	// arguments.
	HelperCall
	// MapIndex is an assignment to a constant key of a map variable
	// (body["code"] = v); the body's keys are every key the map is given.
	MapIndex
)

// A Body is one JSON object the program builds.
type Body struct {
	Kind Kind
	// Node is the *ast.CompositeLit (StructLit, MapLit), the
	// *ast.SelectorExpr assigned to (FieldAssign), the *ast.IndexExpr
	// assigned to (MapIndex), or the *ast.CallExpr (HelperCall).
	Node ast.Node
	// Keys are every JSON key of the object, as written (json tag or
	// field name, map key).
	Keys []string
	// Values are the keys the program gives a value here, in source order.
	Values []Value
	// Callee is the helper of a HelperCall.
	Callee types.Object

	cur     inspector.Cursor // the node's cursor, where the walk starts
	fl      *flow            // the package's walks, for Reach
	reach   *Reach
	reached bool // reach is worked out
}

// Reach says how the object reaches the client, or is nil when it does
// not, as far as the analyzer can tell: an object that is only built,
// logged, compared or sent to another service.
//
// The walk is made on the first call, not when the package is read: a
// package builds many objects, and a pass asks only of the few it checks
// (errorcode, of those with the error body's shape). It is safe to call
// from passes that run at once: the package's walks take turns.
func (b *Body) Reach() *Reach {
	if b.fl == nil {
		return nil // not a body of a package's Result
	}
	b.fl.mu.Lock()
	defer b.fl.mu.Unlock()
	if !b.reached {
		b.reach, b.reached = b.fl.bodyReach(b), true
	}
	return b.reach
}

// A Value is the expression the program gives one key of an object.
type Value struct {
	Key  string
	Expr ast.Expr
	// Type is the type Expr is assigned to: the field's, the map's
	// element type, the helper's parameter type (nil if unknown).
	Type types.Type
}

// Has reports whether the object has every one of keys, compared as
// encoding/json compares them when it decodes (ignoring case).
func (b *Body) Has(keys []string) bool {
	for _, k := range keys {
		if !slices.ContainsFunc(b.Keys, func(x string) bool { return strings.EqualFold(x, k) }) {
			return false
		}
	}
	return len(keys) > 0
}

// Value returns the value given to key (compared ignoring case), if the
// program gives one here.
func (b *Body) Value(key string) (Value, bool) {
	for _, v := range b.Values {
		if strings.EqualFold(v.Key, key) {
			return v, true
		}
	}
	return Value{}, false
}

// Result is the analyzer's result for one package. It is complete when
// the analyzer returns and never written after.
type Result struct {
	relevant  bool
	inspector *inspector.Inspector
	values    *constval.Values
	bodies    []*Body
	byNode    map[ast.Node]*Body

	once   sync.Once
	finish func() // computes bodies and byNode; nil when there are none
}

// done computes the objects on first use.
func (r *Result) done() {
	r.once.Do(func() {
		if r.finish != nil {
			r.finish()
			r.finish = nil
		}
	})
}

// Relevant reports whether the package can build a JSON body at all: a
// sink package or encoding/json is in its reach (relevant says how).
func (r *Result) Relevant() bool { return r.relevant }

// Inspector returns an inspector of the package's files (nil when the
// package is not relevant).
func (r *Result) Inspector() *inspector.Inspector { return r.inspector }

// Values returns the package's constant evaluator (nil when the package
// is not relevant).
func (r *Result) Values() *constval.Values { return r.values }

// Bodies returns the objects of the package, in source order. Objects in
// _test.go files, and objects passed straight to a logging or formatting
// call, are left out.
func (r *Result) Bodies() []*Body { r.done(); return r.bodies }

// Of returns the object built at the node n: a composite literal or a
// helper call.
func (r *Result) Of(n ast.Node) *Body { r.done(); return r.byNode[n] }

// Analyzer is the shared JSON-object analyzer. It holds no state between
// packages.
var Analyzer = &analysis.Analyzer{
	Name: "statuslintjsonbody",
	Doc:  "find the JSON objects a package builds and the functions whose parameters become their fields",
	URL:  "https://github.com/statuslint/statuslint",
	Run:  run,
	// The summary's inspector is reused where it built one; nothing is
	// required that would build one for a package out of reach.
	Requires:   []*analysis.Analyzer{summary.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Helper), new(MethodHelpers), new(Sender), new(Responder), new(InReach)},
	// Ill-typed code is read as far as its types go.
	RunDespiteErrors: true,
}

// index is the sink table, to know the status fields of framework errors;
// built on first use, not at every start of a go vet process.
var index = sync.OnceValue(func() *sinks.Index { return sinks.NewIndex(sinks.Table) })

// draft is a helper's summary while the package is analysed: one body
// per object it builds, keyed by the object's node and, for a helper call
// that builds several, the object's index.
type draft map[draftKey]*HelperBody

type draftKey struct {
	node ast.Node
	i    int
}

type state struct {
	pass    *analysis.Pass
	values  *constval.Values
	matcher *sinks.Matcher
	owners  params.Owners
	local   map[types.Object]draft
	facts   map[*types.Func]*Helper
	// methodFacts are the MethodHelpers facts imported, by type (nil: none).
	methodFacts map[*types.TypeName]*MethodHelpers
	keys        map[types.Type]*structKeys
}

func run(pass *analysis.Pass) (any, error) {
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	if !relevant(pass, sum) {
		return &Result{}, nil // neither encoding/json nor a sink package in reach
	}
	if summary.InGOROOT(pass) {
		return &Result{}, nil // the standard library's writers are the sink table's rows: no helper facts needed from it
	}
	if !sum.Relevant() {
		pass.ExportPackageFact(new(InReach)) // (a package in reach of a sink has the summary's fact)
	}
	insp, values := sum.Inspector(), sum.Values()
	if insp == nil {
		// encoding/json in reach, no sink package: nothing here reaches
		// the client, and what is wanted is the helper facts, which a
		// generated file does not earn. A package of protobuf messages,
		// of database models or of C translated to Go (modernc.org/libc,
		// modernc.org/sqlite/lib: a million nodes) builds no error body
		// from its callers' values for a handler to send.
		files := withoutGenerated(summary.WithoutTables(pass.Files))
		if len(files) == 0 {
			return &Result{}, nil
		}
		insp, values = inspector.New(files), constval.New(pass.TypesInfo, files)
	}
	st := &state{
		pass:        pass,
		values:      values,
		matcher:     index().Matcher(pass.Pkg, pass.TypesInfo),
		owners:      make(params.Owners),
		local:       make(map[types.Object]draft),
		facts:       make(map[*types.Func]*Helper),
		methodFacts: make(map[*types.TypeName]*MethodHelpers),
		keys:        make(map[types.Type]*structKeys),
	}
	info := pass.TypesInfo

	// Pass 1: the parameters of the package's functions, methods and
	// once-bound function literals.
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				st.owners.Add(st.pass.TypesInfo, fn, n.Type)
			}
		case *ast.FuncLit:
			if v := st.values.Binding(n); v != nil {
				st.owners.Add(st.pass.TypesInfo, v, n.Type)
			}
		}
	}

	// Pass 2: the objects built in place, and the calls of local helpers.
	var bodies []*Body
	type pendingCall struct {
		call  *ast.CallExpr
		local types.Object // the package's own helper, or nil for an imported one
	}
	var pending []pendingCall
	inner := make(map[*ast.CompositeLit]bool) // embedded literals read with their outer one
	// A test's objects are expectations, not responses: its files are
	// not walked.
	for cur := range st.programNodes(insp, (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			if inner[n] || st.quiet(cur) {
				continue // read with its outer literal, or logged
			}
			if b := st.literal(n, inner); b != nil {
				b.cur = cur
				bodies = append(bodies, b)
			}
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
				continue // x += v, or a tuple assignment
			}
			for i, lhs := range n.Lhs {
				if b := st.assign(lhs, n.Rhs[i]); b != nil {
					bodies = append(bodies, b)
				}
			}
		case *ast.CallExpr:
			callee := typeutil.Callee(info, n)
			if local := params.Local(st.pass.Pkg, callee); local != nil {
				pending = append(pending, pendingCall{n, local}) // a local helper
			} else if st.helperOf(callee) != nil {
				pending = append(pending, pendingCall{n, nil}) // an imported one
			}
		}
	}

	// Pass 3: the parameters that objects built in place reach, then the
	// ones helper calls reach, until no summary grows.
	for _, b := range bodies {
		st.reachAll(draftKey{b.Node, 0}, b.Keys, b.Values)
	}
	for round, changed := 0, true; changed; round++ {
		changed = false
		for _, pc := range pending {
			if pc.local == nil && round > 0 || pc.local != nil && st.local[pc.local] == nil {
				continue // an imported fact, read once; a helper that builds nothing (yet)
			}
			bs, keys := st.callBodies(pc.call)
			for i, b := range bs {
				if st.reachAll(keys[i], b.Keys, b.Values) {
					changed = true
				}
			}
		}
	}

	// Which functions write a response, and which send a parameter as
	// the body, before the calls of helpers are read as objects.
	fl := newFlow(st, sum, insp)
	if sum.Touches(func(obj types.Object) bool {
		fn, ok := obj.(*types.Func)
		return ok && (pass.ImportObjectFact(fn.Origin(), new(Responder)) || pass.ImportObjectFact(fn.Origin(), new(Sender)))
	}) {
		// Nothing else writes a response or sends a body: a package
		// that refers to no sink and to no function with such a fact
		// has neither writers nor senders.
		fl.computeWrites()
		fl.computeSenders()
	}

	methods := make(map[*types.TypeName]*MethodHelpers)
	for obj, d := range st.local {
		if fn, ok := obj.(*types.Func); ok {
			if tn := params.Receiver(fn); tn != nil {
				m := methods[tn]
				if m == nil {
					m = new(MethodHelpers)
					methods[tn] = m
				}
				m.Names = append(m.Names, fn.Name())
				m.Helpers = append(m.Helpers, *d.fact())
			} else {
				pass.ExportObjectFact(fn, d.fact())
			}
			if fl.writes[fn] {
				pass.ExportObjectFact(fn, &Responder{Status: max(fl.fixed[fn], 0)})
			}
		}
	}
	for tn, m := range methods {
		params.SortMethods(m.Names, m.Helpers)
		pass.ExportObjectFact(tn, m)
	}
	for obj, s := range fl.senders {
		if fn, ok := obj.(*types.Func); ok {
			pass.ExportObjectFact(fn, s)
		}
	}

	// The objects themselves, and how each reaches the client, are for the
	// passes of this package, and a run for facts alone (go vet on a
	// dependency) has none that asks: they are read on the first call of
	// Bodies or Of.
	res := &Result{relevant: true, inspector: insp, values: st.values}
	res.finish = func() { res.bodies, res.byNode = st.finish(fl, insp, bodies) }
	return res, nil
}

// finish reads the calls of helpers as objects, now that the summaries are
// complete; how each reaches the client is decided when asked (Reach).
func (st *state) finish(fl *flow, insp *inspector.Inspector, bodies []*Body) ([]*Body, map[ast.Node]*Body) {
	for cur := range st.programNodes(insp, (*ast.CallExpr)(nil)) {
		if st.quiet(cur) {
			continue // logged
		}
		bs, _ := st.callBodies(cur.Node().(*ast.CallExpr))
		for _, b := range bs {
			b.cur = cur
		}
		bodies = append(bodies, bs...)
	}
	sort.SliceStable(bodies, func(i, j int) bool { return bodies[i].Node.Pos() < bodies[j].Node.Pos() })
	st.mergeMapKeys(bodies)
	for _, b := range bodies {
		b.fl = fl // Reach walks on demand
	}
	byNode := make(map[ast.Node]*Body, len(bodies))
	for _, b := range bodies {
		if _, dup := byNode[b.Node]; !dup {
			byNode[b.Node] = b
		}
	}
	return bodies, byNode
}

// InReach is the package fact of a package that jsonbody read because
// encoding/json is in its reach, and no sink package is (the summary's
// InReach says that): it imports encoding/json, or a package with this
// fact. The standard library is never read for facts here, so a package
// that reaches encoding/json only through it (log/slog, html/template,
// expvar) is not read: those build logs, pages and variables, not a
// response's objects.
type InReach struct{}

// AFact marks InReach as an analysis fact.
func (*InReach) AFact() {}

// String prints the fact as json-in-reach.
func (*InReach) String() string { return "json-in-reach" }

// relevant reports whether the package of pass can build a JSON body:
// a sink package is in its reach (sum says), or encoding/json is, by the
// InReach facts of its imports.
func relevant(pass *analysis.Pass, sum *summary.Result) bool {
	if sum.Relevant() {
		return true
	}
	return summary.Reaches(pass.Pkg.Imports(), func(path string) bool { return path == "encoding/json" },
		func(p *types.Package) bool { return pass.ImportPackageFact(p, new(InReach)) })
}

// withoutGenerated returns files without the generated ones
// (ast.IsGenerated).
func withoutGenerated(files []*ast.File) []*ast.File {
	var out []*ast.File
	for _, f := range files {
		if !ast.IsGenerated(f) {
			out = append(out, f)
		}
	}
	return out
}

// programNodes yields the nodes of the given types, in preorder, in the
// files of insp that are not _test.go files.
func (st *state) programNodes(insp *inspector.Inspector, kinds ...ast.Node) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		for file := range insp.Root().Children() {
			if strings.HasSuffix(st.pass.Fset.File(file.Node().Pos()).Name(), "_test.go") {
				continue
			}
			for cur := range file.Preorder(kinds...) {
				if !yield(cur) {
					return
				}
			}
		}
	}
}

// quiet reports whether the node at cur is an argument (or the address of
// one) of a call that logs or formats it, or of a decoding call, or of an
// encoding whose bytes become the body of an outgoing request.
func (st *state) quiet(cur inspector.Cursor) bool {
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr, *ast.UnaryExpr:
			continue
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(st.pass.TypesInfo, n).(*types.Func)
			if !ok || fn.Pkg() == nil {
				return false // a conversion, a call of a function value
			}
			return sinks.IsQuiet(fn.Pkg().Path()) || st.requestBody(p, n, fn)
		}
		return false
	}
}

// requestBody reports whether call, at cur, encodes its argument as JSON
// into a variable that the enclosing function hands to an outgoing
// request (b, _ := json.Marshal(v); http.Post(url, ct, bytes.NewReader(b)),
// or json.NewEncoder(&buf).Encode(v) and http.NewRequest(m, url, &buf)):
// that object is sent to another API, not answered with.
func (st *state) requestBody(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	info := st.pass.TypesInfo
	if fn.Pkg().Path() != "encoding/json" {
		return false // not an encoding
	}
	var carrier ast.Expr
	switch fn.Name() {
	case "Marshal", "MarshalIndent":
		as, ok := cur.Parent().Node().(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call {
			return false // the bytes are not kept in a variable
		}
		carrier = as.Lhs[0]
	case "Encode":
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false // not a method call
		}
		enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(enc.Args) != 1 {
			return false // an encoder made elsewhere
		}
		carrier = enc.Args[0]
		if u, ok := ast.Unparen(carrier).(*ast.UnaryExpr); ok && u.Op == token.AND {
			carrier = u.X
		}
	default:
		return false // not an encoding of an object
	}
	id, ok := ast.Unparen(carrier).(*ast.Ident)
	if !ok {
		return false // not a variable
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok {
		return false // the blank identifier, or ill-typed
	}
	var fnCur inspector.Cursor
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fnCur = c
		break // the innermost function
	}
	if !fnCur.Valid() {
		return false // at package level
	}
	for c := range fnCur.Preorder((*ast.CallExpr)(nil)) {
		req := c.Node().(*ast.CallExpr)
		callee, ok := typeutil.Callee(info, req).(*types.Func)
		if !ok || callee.Pkg() == nil {
			continue // not a function of a package
		}
		recv := ""
		if sig, ok := callee.Type().(*types.Signature); ok && sig.Recv() != nil {
			if named, ok := types.Unalias(derefType(sig.Recv().Type())).(*types.Named); ok {
				recv = named.Obj().Name()
			}
		}
		if !sinks.IsOutgoing(callee.Pkg().Path(), recv, callee.Name()) {
			continue // not a request sent out
		}
		for _, arg := range req.Args {
			if mentions(info, arg, v) {
				return true
			}
		}
	}
	return false
}

// derefType returns the element type of a pointer type, else t.
func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// mentions reports whether the expression e uses the variable v.
func mentions(info *types.Info, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// helperOf returns the summary of a callee: this package's own, or an
// imported fact.
func (st *state) helperOf(callee types.Object) *Helper {
	if local := params.Local(st.pass.Pkg, callee); local != nil {
		if d := st.local[local]; d != nil {
			return d.fact()
		}
		return nil
	}
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil // a function value, a builtin, a universe method
	}
	fn = fn.Origin()
	if h, ok := st.facts[fn]; ok {
		return h
	}
	var h *Helper
	if tn := params.Receiver(fn); tn != nil {
		m, ok := st.methodFacts[tn]
		if !ok {
			if m = new(MethodHelpers); !st.pass.ImportObjectFact(tn, m) {
				m = nil
			}
			st.methodFacts[tn] = m
		}
		if m != nil {
			if i, ok := slices.BinarySearch(m.Names, fn.Name()); ok {
				h = &m.Helpers[i]
			}
		}
	} else if f := new(Helper); st.pass.ImportObjectFact(fn, f) {
		h = f
	}
	st.facts[fn] = h
	return h
}

// callBodies returns the objects a call of a helper builds, one per body
// of the helper's summary, with the key each is known by: the key of the
// object it came from in a helper of this package (so that a recursive
// helper does not make new objects of its own calls), or the call and the
// body's index for an imported helper.
func (st *state) callBodies(call *ast.CallExpr) ([]*Body, []draftKey) {
	callee := typeutil.Callee(st.pass.TypesInfo, call)
	var keys []draftKey
	var hbs []HelperBody
	if local := params.Local(st.pass.Pkg, callee); local != nil {
		d := st.local[local]
		for _, k := range d.keys() {
			keys = append(keys, k)
			hbs = append(hbs, *d[k])
		}
	} else if h := st.helperOf(callee); h != nil {
		for i, hb := range h.Bodies {
			keys = append(keys, draftKey{call, i})
			hbs = append(hbs, hb)
		}
	}
	var out []*Body
	var outKeys []draftKey
	for j, hb := range hbs {
		b := &Body{Kind: HelperCall, Node: call, Keys: hb.Keys, Callee: callee}
		for _, p := range hb.Params {
			i, ok := sinks.Argument(st.pass.TypesInfo, call, p.Index)
			if !ok {
				continue // missing, a slice for a variadic parameter, or one value of a tuple
			}
			b.Values = append(b.Values, Value{Key: p.Key, Expr: call.Args[i], Type: paramType(callee, p.Index)})
		}
		if len(b.Values) > 0 {
			out = append(out, b)
			outKeys = append(outKeys, keys[j])
		}
	}
	return out, outKeys
}

// paramType returns the type of the parameter i of the function or
// function variable callee, or nil.
func paramType(callee types.Object, i int) types.Type {
	if callee == nil {
		return nil
	}
	sig, ok := callee.Type().Underlying().(*types.Signature)
	if !ok || i >= sig.Params().Len() {
		return nil
	}
	t := sig.Params().At(i).Type()
	if sig.Variadic() && i == sig.Params().Len()-1 {
		if s, ok := t.(*types.Slice); ok {
			t = s.Elem()
		}
	}
	return t
}

// reachAll records the parameters the values of the object built at node
// come from, and reports whether a summary grew.
func (st *state) reachAll(node draftKey, keys []string, values []Value) bool {
	grew := false
	for _, v := range values {
		id, ok := st.values.Source(v.Expr).(*ast.Ident)
		if !ok {
			continue // not a variable
		}
		pv, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			continue
		}
		o, ok := st.owners[pv]
		if !ok {
			continue // not a parameter of a function of the package
		}
		d := st.local[o.Fn]
		if d == nil {
			d = make(draft)
			st.local[o.Fn] = d
		}
		hb := d[node]
		if hb == nil {
			hb = &HelperBody{Keys: keys}
			d[node] = hb
		}
		pk := ParamKey{Index: o.Index, Key: v.Key}
		if !slices.Contains(hb.Params, pk) {
			hb.Params = append(hb.Params, pk)
			slices.SortFunc(hb.Params, func(a, b ParamKey) int {
				if a.Index != b.Index {
					return a.Index - b.Index
				}
				return strings.Compare(a.Key, b.Key)
			})
			grew = true
		}
	}
	return grew
}

// keys returns the draft's keys in source order.
func (d draft) keys() []draftKey {
	keys := make([]draftKey, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].node.Pos() != keys[j].node.Pos() {
			return keys[i].node.Pos() < keys[j].node.Pos()
		}
		return keys[i].i < keys[j].i
	})
	return keys
}

// fact returns the draft as a fact, its bodies in source order.
func (d draft) fact() *Helper {
	h := &Helper{}
	for _, k := range d.keys() {
		h.Bodies = append(h.Bodies, *d[k])
	}
	return h
}

// literal returns the object a composite literal builds, or nil. The
// literals of embedded structs it reads along are added to inner.
func (st *state) literal(lit *ast.CompositeLit, inner map[*ast.CompositeLit]bool) *Body {
	tv, ok := st.pass.TypesInfo.Types[lit]
	if !ok {
		return nil // ill-typed
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Struct:
		sk := st.structKeys(tv.Type)
		if sk == nil {
			return nil // no JSON object of its own
		}
		b := &Body{Kind: StructLit, Node: lit, Keys: sk.names}
		st.structValues(b, lit, u, sk, inner, 0)
		return b
	case *types.Map:
		if !st.jsonMap(tv.Type, u) {
			return nil // not a map a program writes as a JSON object
		}
		b := &Body{Kind: MapLit, Node: lit}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := st.values.String(kv.Key)
			if !ok {
				continue // a computed key
			}
			b.Keys = append(b.Keys, key)
			b.Values = append(b.Values, Value{Key: key, Expr: kv.Value, Type: u.Elem()})
		}
		return b
	}
	return nil
}

// structValues adds the values a struct literal gives its JSON keys,
// reading the literals of embedded structs whose keys are promoted.
func (st *state) structValues(b *Body, lit *ast.CompositeLit, s *types.Struct, sk *structKeys, inner map[*ast.CompositeLit]bool, depth int) {
	for v, val := range sinks.LiteralFields(st.pass.TypesInfo, lit, s) {
		if key, ok := sk.byField[v.Origin()]; ok {
			b.Values = append(b.Values, Value{Key: key, Expr: val, Type: v.Type()})
			continue
		}
		if !v.Embedded() || depth >= maxEmbed {
			continue // not a JSON key
		}
		e := ast.Unparen(val)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		in, ok := e.(*ast.CompositeLit)
		if !ok {
			continue // the embedded value is not written here
		}
		tv, ok := st.pass.TypesInfo.Types[in]
		if !ok {
			continue
		}
		if is, ok := tv.Type.Underlying().(*types.Struct); ok {
			inner[in] = true
			st.structValues(b, in, is, sk, inner, depth+1)
		}
	}
}

// assign returns the object that an assignment to a JSON field of a struct
// value builds, or nil.
func (st *state) assign(lhs, rhs ast.Expr) *Body {
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		return st.mapIndex(ix, rhs)
	}
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return nil // not a field
	}
	s, ok := st.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	t := s.Recv()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	sk := st.structKeys(t)
	if sk == nil {
		return nil // not a JSON object
	}
	v, _ := s.Obj().(*types.Var)
	key, ok := sk.byField[v.Origin()]
	if !ok {
		return nil // not one of its JSON keys
	}
	return &Body{Kind: FieldAssign, Node: sel, Keys: sk.names, Values: []Value{{Key: key, Expr: rhs, Type: v.Type()}}}
}

// jsonMap reports whether a map literal of type t (underlying m) is one a
// program writes as a JSON object: string keys, and either an unnamed
// type, a framework's map type (gin.H, echo.Map, …) or a type of the
// package itself.
func (st *state) jsonMap(t types.Type, m *types.Map) bool {
	if b, ok := m.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return false
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return true // map[string]any and its kin
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return false
	}
	return obj.Pkg() == st.pass.Pkg || sinks.IsMapType(obj.Pkg().Path(), obj.Name())
}

// maxEmbed bounds how deep embedded structs are followed.
const maxEmbed = 5

// structKeys are the JSON keys of a struct type.
type structKeys struct {
	names   []string
	byField map[*types.Var]string
}

// structKeys returns the JSON keys of the struct type t, or nil when
// encoding/json does not write t as an object of its fields: t has a
// MarshalJSON method, or no key at all.
func (st *state) structKeys(t types.Type) *structKeys {
	if sk, ok := st.keys[t]; ok {
		return sk
	}
	var sk *structKeys
	if s, ok := t.Underlying().(*types.Struct); ok && !marshals(t) && !grpcStatus(t) {
		sk = &structKeys{byField: make(map[*types.Var]string)}
		seen := make(map[string]bool)
		st.collect(s, sk, seen, 0)
		if len(sk.names) == 0 {
			sk = nil
		}
	}
	st.keys[t] = sk
	return sk
}

// collect adds the keys of s, breadth first so that a shallower field
// hides a deeper one of the same name, as encoding/json does.
func (st *state) collect(s *types.Struct, sk *structKeys, seen map[string]bool, depth int) {
	var embedded []*types.Struct
	for i := range s.NumFields() {
		f := s.Field(i)
		name, _, _ := strings.Cut(reflect.StructTag(s.Tag(i)).Get("json"), ",")
		if name == "-" && !strings.HasPrefix(reflect.StructTag(s.Tag(i)).Get("json"), "-,") {
			continue // left out of the JSON object
		}
		if f.Embedded() && name == "" {
			ft := f.Type()
			if p, ok := ft.Underlying().(*types.Pointer); ok {
				ft = p.Elem()
			}
			if es, ok := ft.Underlying().(*types.Struct); ok && depth < maxEmbed {
				embedded = append(embedded, es)
				continue // its fields are promoted
			}
		}
		if !f.Exported() {
			continue // encoding/json writes exported fields only
		}
		if row, ok := st.matcher.Field(f); ok && row.Role == sinks.Status {
			continue // an HTTP status, not a field of the body
		}
		if name == "" {
			name = f.Name()
		}
		if seen[name] {
			continue // hidden by a shallower field
		}
		seen[name] = true
		sk.names = append(sk.names, name)
		sk.byField[f.Origin()] = name
	}
	for _, es := range embedded {
		st.collect(es, sk, seen, depth+1)
	}
}

// grpcStatusPackage declares the gRPC status message, whose code is a
// gRPC code (grpc's status.New and status.Errorf build it), not an API's
// error code.
const grpcStatusPackage = "google.golang.org/genproto/googleapis/rpc/status"

// grpcStatus reports whether t is the gRPC status message.
func grpcStatus(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == grpcStatusPackage
}

// marshals reports whether t or *t has a MarshalJSON method.
func marshals(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, nil, "MarshalJSON")
	_, ok := obj.(*types.Func)
	return ok
}

// mapIndex returns the object that m["key"] = v builds, for a local map
// variable m that a program writes as a JSON object, or nil.
func (st *state) mapIndex(ix *ast.IndexExpr, rhs ast.Expr) *Body {
	id, ok := ast.Unparen(ix.X).(*ast.Ident)
	if !ok {
		return nil // a map in a field: too far to follow
	}
	v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	m, ok := v.Type().Underlying().(*types.Map)
	if !ok || !st.jsonMap(v.Type(), m) {
		return nil // a slice, or not a JSON object
	}
	key, ok := st.values.String(ix.Index)
	if !ok {
		return nil // a computed key
	}
	return &Body{Kind: MapIndex, Node: ix, Keys: []string{key}, Values: []Value{{Key: key, Expr: rhs, Type: m.Elem()}}}
}

// mergeMapKeys gives every object built on one map variable (its literal
// and its index assignments) all the keys the variable is given.
func (st *state) mergeMapKeys(bodies []*Body) {
	info := st.pass.TypesInfo
	byVar := make(map[*types.Var][]*Body)
	for _, b := range bodies {
		if b.Kind != MapIndex {
			continue
		}
		id := ast.Unparen(b.Node.(*ast.IndexExpr).X).(*ast.Ident)
		v := info.Uses[id].(*types.Var)
		byVar[v] = append(byVar[v], b)
	}
	if len(byVar) == 0 {
		return // no map filled in steps
	}
	lits := make(map[ast.Node]*Body)
	for _, b := range bodies {
		if b.Kind == MapLit {
			lits[b.Node] = b
		}
	}
	for v, bs := range byVar {
		var keys []string
		var lit *Body
		if init, ok := st.values.Init(v); ok {
			lit = lits[ast.Unparen(init)]
		} else if init := st.declInit(v); init != nil {
			lit = lits[ast.Unparen(init)]
		}
		if lit != nil {
			keys = append(keys, lit.Keys...)
		}
		for _, b := range bs {
			if !slices.Contains(keys, b.Keys[0]) {
				keys = append(keys, b.Keys[0])
			}
		}
		for _, b := range bs {
			b.Keys = keys
		}
		if lit != nil {
			lit.Keys = keys
		}
	}
}

// declInit returns the expression the variable v is declared with, when
// it is declared with one (body := gin.H{} then filled by index: the map
// itself is never written again, only its elements).
func (st *state) declInit(v *types.Var) ast.Expr {
	for _, f := range st.pass.Files {
		if v.Pos() < f.FileStart || v.Pos() > f.FileEnd {
			continue
		}
		var out ast.Expr
		ast.Inspect(f, func(n ast.Node) bool {
			if out != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && st.pass.TypesInfo.Defs[id] == v && len(n.Lhs) == len(n.Rhs) {
						out = n.Rhs[i]
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if st.pass.TypesInfo.Defs[id] == v && len(n.Names) == len(n.Values) {
						out = n.Values[i]
					}
				}
			}
			return out == nil
		})
		return out
	}
	return nil
}
