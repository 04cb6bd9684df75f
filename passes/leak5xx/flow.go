package leak5xx

// How it works. Each function of the package is walked once per round,
// statement by statement, with an abstract state: the taint of every local
// variable (what details its value may carry) and the response status set
// on the path so far. An assignment replaces a variable's taint; a write
// into a field, a map entry, an element or through a pointer adds to the
// variable it is rooted at. The branches of an if, a switch or a select
// are walked from copies of the state and joined after (taints united,
// statuses kept when they agree); a path that returns or panics joins
// nothing; a loop's body is walked twice, enough for a taint to go round
// once. This is the data flow SSA would give for locals, at the cost of a
// walk of the syntax, and it needs no SSA for the packages that write no
// response.
//
// Parameters start with their own taint (P, T bits), so a sink reached by
// one records a BodyParam for the function; a call of such a function is a
// sink at its callers, in this package (the next round) and others (the
// Leaks fact). Rounds repeat until no summary changes.

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
	"github.com/statuslint/statuslint/passes/internal/params"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// maxRounds bounds the rounds over the package's functions.
const maxRounds = 6

type state struct {
	vars   map[*types.Var]Taint
	ints   map[*types.Var]status // integer locals holding a constant or a parameter: statuses
	status status
	dead   bool // the path returned or panicked
}

func (s *state) clone() *state {
	return &state{vars: maps.Clone(s.vars), ints: maps.Clone(s.ints), status: s.status, dead: s.dead}
}

// forget drops the variables declared inside n, which are out of scope
// after it.
func (s *state) forget(n ast.Node) {
	inside := func(v *types.Var) bool { return n.Pos() <= v.Pos() && v.Pos() < n.End() }
	maps.DeleteFunc(s.vars, func(v *types.Var, _ Taint) bool { return inside(v) })
	maps.DeleteFunc(s.ints, func(v *types.Var, _ status) bool { return inside(v) })
}

// join unites the live states of branches into s.
func (s *state) join(branches ...*state) {
	first := true
	for _, b := range branches {
		if b.dead {
			continue
		}
		if first {
			s.vars, s.ints, s.status, s.dead = b.vars, b.ints, b.status, false
			first = false
			// A branch that made no map (a loop's "zero times") is
			// joined into: the maps must exist.
			if s.vars == nil {
				s.vars = make(map[*types.Var]Taint)
			}
			if s.ints == nil && len(branches) > 1 {
				s.ints = make(map[*types.Var]status)
			}
			continue
		}
		for v, t := range b.vars {
			s.vars[v] = s.vars[v].or(t)
		}
		for v, x := range s.ints {
			if y, ok := b.ints[v]; ok {
				s.ints[v] = joinStatus(x, y)
			} else {
				s.ints[v] = unknownStatus // declared on one branch only
			}
		}
		for v := range b.ints {
			if _, ok := s.ints[v]; !ok {
				s.ints[v] = unknownStatus
			}
		}
		s.status = joinStatus(s.status, b.status)
	}
	if first {
		s.dead = true
	}
}

// handlerKind says what a framework does with a function's error result.
type handlerKind uint8

const (
	plainFunc    handlerKind = iota
	fiberHandler             // func(*fiber.Ctx) error
	echoHandler              // func(echo.Context) error
)

// frame is the function being walked.
type frame struct {
	fn      *types.Func // the declared function (a literal's enclosing one)
	owner   *localSum   // where the body parameters are recorded (the declared function's)
	params  map[*types.Var]int
	sig     *types.Signature
	results []Taint
	handler handlerKind
}

// localSum is a function's summary while the package is analysed.
type localSum struct {
	documented bool // writes the documented 5xx body (see Leaks.Documented)
	shapes     []BodyShape
	body       []BodyParam
	results    []Taint
	walked     bool
	read       bool // a call consulted it: a change means another round
}

type walker struct {
	c      *checker
	pass   *analysis.Pass
	info   *types.Info
	sum    *summary.Result
	bodies *jsonbody.Result
	vals   *constval.Values
	local  map[*types.Func]*localSum
	facts  map[*types.Func]*Leaks
	// methodFacts are the MethodLeaks facts imported, by type (nil: none).
	methodFacts map[*types.TypeName]*MethodLeaks
	fw          frameworks
	fr          *frame

	changed bool
	report  *reporter
	rep     *report.Reporter    // where findings go: suppressions and -disable apply
	stmtNow *ast.ExprStmt       // the expression statement being walked
	written map[*types.Var]bool // variables written through a field, an element or a pointer

	helperFn    *types.Func // the documented-shape helper found by facts
	helperDone  bool
	pkgUseCount map[*ast.File]map[*types.PkgName]int
}

func newWalker(c *checker, pass *analysis.Pass, sum *summary.Result, bodies *jsonbody.Result) *walker {
	return &walker{
		c: c, pass: pass, info: pass.TypesInfo, sum: sum, bodies: bodies, vals: sum.Values(),
		local:       make(map[*types.Func]*localSum),
		facts:       make(map[*types.Func]*Leaks),
		methodFacts: make(map[*types.TypeName]*MethodLeaks),
		written:     make(map[*types.Var]bool),
	}
}

// decl is a function declaration to walk.
type decl struct {
	fn   *types.Func
	node *ast.FuncDecl
}

func (w *walker) run() {
	w.fw = scanFrameworks(w.pass, w.sum)
	var decls []decl
	for _, f := range w.pass.Files {
		if strings.HasSuffix(w.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue // a test's fake servers are not the API's answers
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := w.info.Defs[fd.Name].(*types.Func); ok {
					decls = append(decls, decl{fn, fd})
					w.local[fn] = &localSum{}
				}
			}
		}
	}
	var lits []*ast.FuncLit // in package-level variables: handlers, callbacks
	for _, f := range w.pass.Files {
		if strings.HasSuffix(w.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				ast.Inspect(gd, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.FuncLit:
						lits = append(lits, n)
						return false // lit walks the literals inside
					case *ast.CompositeLit:
						return !summary.LiteralsOnly(n) // no function in a table of literals
					}
					return true
				})
			}
		}
	}
	decls = w.calleesFirst(decls)
	var rep *reporter
	for range maxRounds {
		w.changed = false
		rep = newReporter(w)
		w.report = rep
		for _, d := range decls {
			w.walkDecl(d)
		}
		for _, fl := range lits {
			w.fr = &frame{params: map[*types.Var]int{}}
			w.lit(fl, &state{vars: make(map[*types.Var]Taint)})
			w.fr = nil
		}
		if !w.changed {
			break // summaries are complete: this round's findings stand
		}
	}
	rep.flush()
	w.exportFacts(decls)
}

// calleesFirst orders decls so that a function comes after the functions
// of the package it refers to, as far as cycles allow. A call then reads
// a summary already walked this round, and most packages need one round
// (generated code, whose String methods call each other's down a long
// chain, took all six rounds in declaration order).
func (w *walker) calleesFirst(decls []decl) []decl {
	index := make(map[*types.Func]int, len(decls))
	for i, d := range decls {
		index[d.fn] = i
	}
	out := make([]decl, 0, len(decls))
	seen := make([]bool, len(decls))
	var visit func(i int)
	visit = func(i int) {
		seen[i] = true
		ast.Inspect(decls[i].node.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if fn, ok := w.info.Uses[id].(*types.Func); ok {
					if j, ok := index[fn.Origin()]; ok && !seen[j] {
						visit(j)
					}
				}
			}
			return true
		})
		out = append(out, decls[i])
	}
	for i := range decls {
		if !seen[i] {
			visit(i)
		}
	}
	return out
}

func (w *walker) walkDecl(d decl) {
	sum := w.local[d.fn]
	sig := d.fn.Signature()
	fr := &frame{fn: d.fn, owner: sum, params: make(map[*types.Var]int), sig: sig, handler: handlerOf(sig)}
	st := &state{vars: make(map[*types.Var]Taint)}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		fr.params[p] = i
		if carriesText(p.Type()) {
			st.vars[p] = param(i)
		}
		if isInt(p.Type()) {
			if st.ints == nil {
				st.ints = make(map[*types.Var]status)
			}
			st.ints[p] = status{kind: SpecParam, v: i}
		}
	}
	w.errorHandlerParams(sig, st)
	fr.results = make([]Taint, sig.Results().Len())
	prev := w.fr
	w.fr = fr
	w.block(d.node.Body.List, st)
	w.fr = prev
	if !sum.walked || !slices.Equal(sum.results, fr.results) {
		sum.walked = true
		sum.results = fr.results
		w.changed = w.changed || sum.read
	}
}

// errorHandlerParams gives the error parameter of a framework error
// handler (fiber's func(*Ctx, error) error, echo's func(error, Context))
// the taint of an error's text: the framework passes it whatever a
// handler returned.
func (w *walker) errorHandlerParams(sig *types.Signature, st *state) {
	if !w.fw.errorHandlerSig(sig) {
		return
	}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); isError(p.Type()) {
			st.vars[p] = st.vars[p].or(Taint{K: KindError})
		}
	}
}

// lit walks a function literal: a handler, a deferred recovery, a
// callback. It sees the state of the variables it captures where it is
// written, starts with no status of its own, and records what its
// enclosing function's parameters reach into that function's summary.
func (w *walker) lit(fl *ast.FuncLit, st *state) {
	sig, ok := w.info.TypeOf(fl).(*types.Signature)
	if !ok {
		return // ill-typed
	}
	inner := st.clone()
	inner.status, inner.dead = status{}, false
	for i := range sig.Params().Len() {
		// Its callers are not known (a framework, a proxy's ErrorHandler,
		// a library's callback): an error it is given is some error, the
		// rest carries nothing known.
		if p := sig.Params().At(i); isError(p.Type()) {
			inner.vars[p] = Taint{K: KindError}
		} else {
			delete(inner.vars, p)
		}
	}
	prev := w.fr
	fr := &frame{fn: prev.fn, owner: prev.owner, params: prev.params, sig: sig, handler: handlerOf(sig)}
	fr.results = make([]Taint, sig.Results().Len())
	w.fr = fr
	w.block(fl.Body.List, inner)
	w.fr = prev
}

func (w *walker) block(list []ast.Stmt, st *state) {
	for _, s := range list {
		w.stmt(s, st)
	}
}

func (w *walker) stmt(s ast.Stmt, st *state) {
	switch s.(type) {
	case *ast.BlockStmt, *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		// The variables declared inside are out of scope after it: the
		// state need not carry them past it (a loop or switch of many
		// clauses would otherwise copy every clause's locals at every
		// branch that follows).
		defer st.forget(s)
	}
	switch s := s.(type) {
	case *ast.BlockStmt:
		w.block(s.List, st)
	case *ast.ExprStmt:
		prev := w.stmtNow
		w.stmtNow = s
		w.eval(s.X, st)
		w.stmtNow = prev
	case *ast.AssignStmt:
		w.assign(s, st)
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return // constants and types carry nothing
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			w.define(vs.Names, vs.Values, st)
		}
	case *ast.IfStmt:
		if s.Init != nil {
			w.stmt(s.Init, st)
		}
		w.eval(s.Cond, st)
		then := st.clone()
		w.block(s.Body.List, then)
		els := st.clone()
		if s.Else != nil {
			w.stmt(s.Else, els)
		}
		st.join(then, els)
	case *ast.ForStmt:
		if s.Init != nil {
			w.stmt(s.Init, st)
		}
		w.loop(st, s.Body, func(b *state) {
			if s.Cond != nil {
				w.eval(s.Cond, b)
			}
			w.block(s.Body.List, b)
			if s.Post != nil {
				w.stmt(s.Post, b)
			}
		})
	case *ast.RangeStmt:
		x := w.eval(s.X, st)
		w.loop(st, s.Body, func(b *state) {
			for _, e := range []ast.Expr{s.Key, s.Value} {
				if e != nil {
					w.store(e, x, s.Tok == token.DEFINE || s.Tok == token.ASSIGN, b)
					w.setInt(e, nil, false, b)
				}
			}
			w.block(s.Body.List, b)
		})
	case *ast.SwitchStmt:
		if s.Init != nil {
			w.stmt(s.Init, st)
		}
		if s.Tag != nil {
			w.eval(s.Tag, st)
		}
		w.clauses(s.Body, st, func(c ast.Stmt, b *state) {
			cc := c.(*ast.CaseClause)
			for _, e := range cc.List {
				w.eval(e, b)
			}
			w.block(cc.Body, b)
		})
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			w.stmt(s.Init, st)
		}
		var x Taint
		switch a := s.Assign.(type) {
		case *ast.AssignStmt:
			x = w.eval(a.Rhs[0], st)
		case *ast.ExprStmt:
			x = w.eval(a.X, st)
		}
		w.clauses(s.Body, st, func(c ast.Stmt, b *state) {
			cc := c.(*ast.CaseClause)
			if v, ok := w.info.Implicits[cc].(*types.Var); ok && !x.zero() {
				b.vars[v] = x
			}
			w.block(cc.Body, b)
		})
	case *ast.SelectStmt:
		w.clauses(s.Body, st, func(c ast.Stmt, b *state) {
			cc := c.(*ast.CommClause)
			if cc.Comm != nil {
				w.stmt(cc.Comm, b)
			}
			w.block(cc.Body, b)
		})
	case *ast.LabeledStmt:
		w.stmt(s.Stmt, st)
	case *ast.ReturnStmt:
		w.ret(s, st)
		st.dead = true
	case *ast.DeferStmt:
		w.deferred(s.Call, st)
	case *ast.GoStmt:
		w.deferred(s.Call, st)
	case *ast.SendStmt:
		t := w.eval(s.Value, st)
		w.weak(s.Chan, t, st)
	case *ast.IncDecStmt:
		w.setInt(s.X, nil, false, st)
	case *ast.BranchStmt, *ast.EmptyStmt, nil:
		// nothing flows; break and continue keep their path's state,
		// a superset of what follows
	}
}

// loop walks a loop body from st and joins the result with st (the body
// may run zero times); when the body added a taint, it walks it once more,
// for a taint to go round once. Walking every body twice would cost 2^n
// in loops nested n deep.
func (w *walker) loop(st *state, body *ast.BlockStmt, walk func(*state)) {
	for range 2 {
		b := st.clone()
		walk(b)
		b.dead = false // a return inside leaves the loop's other paths
		b.forget(body) // the body's own variables start afresh each time round
		grew := false
		for v, t := range b.vars {
			if st.vars[v].or(t) != st.vars[v] {
				grew = true
				break
			}
		}
		st.join(st.clone(), b)
		if !grew {
			return // a second walk would see the same state
		}
	}
}

// clauses walks each clause of a switch or select from a copy of st and
// joins them; without a default, no clause may run.
func (w *walker) clauses(body *ast.BlockStmt, st *state, walk func(ast.Stmt, *state)) {
	var out []*state
	def := false
	for _, c := range body.List {
		switch c := c.(type) {
		case *ast.CaseClause:
			def = def || c.List == nil
		case *ast.CommClause:
			def = def || c.Comm == nil
		}
		b := st.clone()
		walk(c, b)
		out = append(out, b)
	}
	if !def {
		out = append(out, st.clone())
	}
	st.join(out...)
}

// deferred evaluates the call of a defer or go statement: a literal is
// walked with no status (it runs later), a call's arguments now.
func (w *walker) deferred(call *ast.CallExpr, st *state) {
	if fl, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		for _, a := range call.Args {
			w.eval(a, st)
		}
		w.lit(fl, st)
		return
	}
	w.eval(call, st)
}

func (w *walker) assign(s *ast.AssignStmt, st *state) {
	define := s.Tok == token.DEFINE || s.Tok == token.ASSIGN
	switch {
	case len(s.Lhs) == len(s.Rhs):
		ts := make([]Taint, len(s.Rhs))
		for i, r := range s.Rhs {
			ts[i] = w.eval(r, st)
		}
		for i, l := range s.Lhs {
			w.store(l, ts[i], define, st)
			w.setInt(l, s.Rhs[i], define, st)
		}
	case len(s.Rhs) == 1:
		var ts []Taint
		if call, ok := ast.Unparen(s.Rhs[0]).(*ast.CallExpr); ok {
			ts = w.call(call, st)
		} else {
			t := w.eval(s.Rhs[0], st) // v, ok := m[k], x.(T), <-ch
			ts = []Taint{t, {}}
		}
		for i, l := range s.Lhs {
			if i < len(ts) {
				w.store(l, ts[i], define, st)
			}
			w.setInt(l, nil, false, st)
		}
	}
}

// setInt records the status an integer local holds after l = e: a
// constant or a parameter; anything else forgets it.
func (w *walker) setInt(l, e ast.Expr, strong bool, st *state) {
	id, ok := ast.Unparen(l).(*ast.Ident)
	if !ok {
		return
	}
	v := w.localVar(id)
	if v == nil || !isInt(v.Type()) {
		return
	}
	s := unknownStatus // a value not computed: not the parameter it was, if it was one
	if strong && e != nil {
		s = w.statusIn(e, st)
	}
	if st.ints == nil {
		st.ints = make(map[*types.Var]status)
	}
	st.ints[v] = s
}

// carriesText reports whether a value of type t can carry an error's
// text: a number or a boolean cannot (a byte or a rune is a piece of a
// text, and is kept).
func carriesText(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsNumeric|types.IsBoolean) == 0 {
		return true
	}
	return b.Kind() == types.Byte || b.Kind() == types.Rune
}

// define gives names the taints of values (var x = v; var x T).
func (w *walker) define(names []*ast.Ident, values []ast.Expr, st *state) {
	var ts []Taint
	switch {
	case len(values) == len(names):
		for _, v := range values {
			ts = append(ts, w.eval(v, st))
		}
	case len(values) == 1:
		if call, ok := ast.Unparen(values[0]).(*ast.CallExpr); ok {
			ts = w.call(call, st)
		}
	}
	for i, id := range names {
		if i < len(values) && len(values) == len(names) {
			w.setInt(id, values[i], true, st)
		}
		if v, ok := w.info.Defs[id].(*types.Var); ok {
			if i < len(ts) && !ts[i].zero() && carriesText(v.Type()) {
				st.vars[v] = ts[i]
			} else {
				delete(st.vars, v)
			}
		}
	}
}

// store assigns t to the target l: replacing a local variable's taint
// (strong), or adding to the variable a field, element or pointer target
// is rooted at (weak).
func (w *walker) store(l ast.Expr, t Taint, strong bool, st *state) {
	if id, ok := ast.Unparen(l).(*ast.Ident); ok {
		v := w.localVar(id)
		if v == nil {
			return // the blank, a package variable
		}
		switch {
		case strong && (t.zero() || !carriesText(v.Type())):
			delete(st.vars, v) // only tainted variables are kept: states are copied at every branch
		case strong:
			st.vars[v] = t
		case !t.zero() && carriesText(v.Type()):
			st.vars[v] = st.vars[v].or(t)
		}
		return
	}
	w.eval(l, st) // index expressions may call
	w.weak(l, t, st)
}

// weak adds t to the local variable e is rooted at (x.f, x[i], *x, &x).
func (w *walker) weak(e ast.Expr, t Taint, st *state) {
	if v := w.root(e); v != nil {
		w.written[v] = true
		if !t.zero() {
			st.vars[v] = st.vars[v].or(t)
		}
	}
}

// root returns the local variable an lvalue or address is rooted at.
func (w *walker) root(e ast.Expr) *types.Var {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			if sel, ok := w.info.Selections[x]; !ok || sel.Kind() != types.FieldVal {
				return nil // a qualified identifier, a method
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		case *ast.Ident:
			return w.localVar(x)
		default:
			return nil
		}
	}
}

// localVar returns the function-local variable (or parameter) id names.
func (w *walker) localVar(id *ast.Ident) *types.Var {
	obj := w.info.Uses[id]
	if obj == nil {
		obj = w.info.Defs[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil // not a variable, a field, or a package variable (sentinels, configuration)
	}
	return v
}

func (w *walker) ret(s *ast.ReturnStmt, st *state) {
	var ts []Taint
	if len(s.Results) == 1 && len(w.fr.results) > 1 {
		if call, ok := ast.Unparen(s.Results[0]).(*ast.CallExpr); ok {
			ts = w.call(call, st)
		}
	} else {
		for _, r := range s.Results {
			ts = append(ts, w.eval(r, st))
		}
	}
	for i := range w.fr.results {
		if i < len(ts) {
			w.fr.results[i] = w.fr.results[i].or(ts[i])
		}
	}
	if len(s.Results) == 1 && len(ts) == 1 {
		w.errorPath(s.Results[0], ts[0], st)
	}
}

// eval returns the taint of e's value, walking the calls in it for their
// effects (sinks, writes into builders).
func (w *walker) eval(e ast.Expr, st *state) Taint {
	switch e := e.(type) {
	case *ast.Ident:
		if v := w.localVar(e); v != nil {
			return st.vars[v]
		}
	case *ast.ParenExpr:
		return w.eval(e.X, st)
	case *ast.SelectorExpr:
		if sel, ok := w.info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return w.eval(e.X, st)
		}
	case *ast.IndexExpr:
		if tv, ok := w.info.Types[e.X]; ok && !tv.IsValue() {
			return Taint{} // an instantiation
		}
		w.eval(e.Index, st)
		return w.eval(e.X, st)
	case *ast.SliceExpr:
		for _, x := range []ast.Expr{e.Low, e.High, e.Max} {
			if x != nil {
				w.eval(x, st)
			}
		}
		return w.eval(e.X, st)
	case *ast.StarExpr:
		return w.eval(e.X, st)
	case *ast.UnaryExpr:
		t := w.eval(e.X, st)
		if e.Op == token.AND || e.Op == token.ARROW {
			return t
		}
	case *ast.BinaryExpr:
		x, y := w.eval(e.X, st), w.eval(e.Y, st)
		if e.Op == token.ADD {
			return x.or(y) // string concatenation (numbers carry nothing anyway)
		}
	case *ast.CallExpr:
		if ts := w.call(e, st); len(ts) > 0 {
			return ts[0]
		}
	case *ast.CompositeLit:
		var t Taint
		_, isMap := typeUnder(w.info.TypeOf(e)).(*types.Map)
		for _, elt := range e.Elts {
			v := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if isMap {
					t = t.or(w.eval(kv.Key, st))
				}
				v = kv.Value
			}
			vt := w.eval(v, st)
			w.report.note(v, vt)
			t = t.or(vt)
		}
		return t
	case *ast.KeyValueExpr:
		return w.eval(e.Value, st)
	case *ast.TypeAssertExpr:
		return w.eval(e.X, st)
	case *ast.FuncLit:
		w.lit(e, st)
	}
	return Taint{}
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	t = t.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t
}

// bodyParams returns the body parameters of a helper: this package's
// summary, or an imported fact.
func (w *walker) bodyParams(fn *types.Func) []BodyParam {
	fn = fn.Origin()
	if s, ok := w.local[fn]; ok {
		s.read = true
		return s.body
	}
	if f := w.fact(fn); f != nil {
		return f.Body
	}
	return nil
}

// resultFacts returns what a function's results carry, when this package
// walked it or a fact says.
func (w *walker) resultFacts(fn *types.Func) ([]Taint, bool) {
	fn = fn.Origin()
	if s, ok := w.local[fn]; ok {
		s.read = true
		return s.results, s.walked
	}
	if f := w.fact(fn); f != nil && f.Results != nil {
		return f.Results, true
	}
	return nil, false
}

func (w *walker) fact(fn *types.Func) *Leaks {
	if fn.Pkg() == nil || fn.Pkg() == w.pass.Pkg {
		return nil
	}
	if f, ok := w.facts[fn]; ok {
		return f
	}
	var f *Leaks
	if tn := params.Receiver(fn); tn != nil {
		ml, ok := w.methodFacts[tn]
		if !ok {
			if ml = new(MethodLeaks); !w.pass.ImportObjectFact(tn, ml) {
				ml = nil
			}
			w.methodFacts[tn] = ml
		}
		if ml != nil {
			f = ml.lookup(fn.Name())
		}
	} else if l := new(Leaks); w.pass.ImportObjectFact(fn, l) {
		f = l
	}
	w.facts[fn] = f
	return f
}

// recordShape adds a body literal to the summary of the function being
// walked.
func (w *walker) recordShape(b BodyShape) {
	sum := w.fr.owner
	if sum == nil || slices.ContainsFunc(sum.shapes, func(x BodyShape) bool {
		return x.Status == b.Status && slices.Equal(x.Keys, b.Keys)
	}) {
		return
	}
	sum.shapes = append(sum.shapes, b)
	w.changed = w.changed || sum.read
}

// shapesOf returns the body literals a helper writes with its caller's
// status.
func (w *walker) shapesOf(fn *types.Func) []BodyShape {
	fn = fn.Origin()
	if s, ok := w.local[fn]; ok {
		s.read = true
		return s.shapes
	}
	if f := w.fact(fn); f != nil {
		return f.Shapes
	}
	return nil
}

// record adds a body parameter to the summary of the function being
// walked.
func (w *walker) record(bp BodyParam) {
	sum := w.fr.owner
	if sum == nil || slices.Contains(sum.body, bp) {
		return
	}
	sum.body = append(sum.body, bp)
	w.changed = w.changed || sum.read
}

// exportFacts exports the summaries that differ from what a caller would
// assume without them.
func (w *walker) exportFacts(decls []decl) {
	writes := false // a function writes a body: the package is a helper package
	methods := make(map[*types.TypeName]*MethodLeaks)
	for _, d := range decls {
		s := w.local[d.fn]
		f := &Leaks{Body: s.body, Shapes: s.shapes}
		if handlerOf(d.fn.Signature()) == plainFunc && !w.fw.errorHandlerSig(d.fn.Signature()) && !defaultResults(d.fn.Signature(), s.results) {
			// A framework handler's result goes to the framework; its callers are
			// the framework's.
			f.Results = s.results
		}
		f.Documented = s.documented && w.helperSignature(d.fn.Signature()) && !w.leaksError(d.fn.Signature(), s.body)
		if len(f.Body) == 0 && f.Results == nil && !f.Documented && len(f.Shapes) == 0 {
			continue
		}
		writes = writes || len(f.Body) > 0 || f.Documented || len(f.Shapes) > 0
		if tn := params.Receiver(d.fn); tn != nil {
			ml := methods[tn]
			if ml == nil {
				ml = new(MethodLeaks)
				methods[tn] = ml
			}
			ml.Names = append(ml.Names, d.fn.Name())
			ml.Leaks = append(ml.Leaks, *f)
			continue
		}
		w.pass.ExportObjectFact(d.fn, f)
	}
	for tn, ml := range methods {
		params.SortMethods(ml.Names, ml.Leaks)
		w.pass.ExportObjectFact(tn, ml)
	}
	if writes {
		w.pass.ExportPackageFact(new(Helpers))
	}
}

// defaultResults reports whether results are what a caller assumes of an
// unknown function: an error's text for an error result, nothing else.
func defaultResults(sig *types.Signature, results []Taint) bool {
	for i, r := range results {
		want := Taint{}
		if isError(sig.Results().At(i).Type()) {
			want = Taint{K: KindError}
		}
		if r != want {
			return false
		}
	}
	return true
}

// helperSignature reports whether a function can stand for a leaking
// sink: it takes a response writer and an error, and otherwise only a
// request and an integer status.
func (w *walker) helperSignature(sig *types.Signature) bool {
	var rw, e bool
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		switch {
		case isNamed(t, "net/http", "ResponseWriter"):
			rw = true
		case isError(t):
			e = true
		case isNamed(t, "net/http", "Request") || isInt(t):
		default:
			return false
		}
	}
	return rw && e
}

// leaksError reports whether an error parameter reaches a body.
func (w *walker) leaksError(sig *types.Signature, body []BodyParam) bool {
	for _, b := range body {
		if b.Index < sig.Params().Len() && isError(sig.Params().At(b.Index).Type()) {
			return true
		}
	}
	return false
}
