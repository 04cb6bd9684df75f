package leak5xx

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// sinkCall is one value that reaches a response body.
type sinkCall struct {
	call   *ast.CallExpr
	fn     *types.Func // the sink or helper (nil for a framework's error path)
	expr   ast.Expr    // the argument or returned value
	t      Taint
	status status
	encode bool // the body is encoded: an error value shows as {}
	helper bool // fn is a helper of the program, not a framework's sink
	own    bool // the call itself writes the status (http.Error's code, a helper's status parameter)
	via    string
}

// sink checks one value that reaches a body: details of its own are
// findings, parameters become the function's summary.
func (w *walker) sink(sc sinkCall, st *state) {
	t := sc.t
	if sc.encode {
		t = t.encoded()
	}
	if t.K&(KindStack|KindPanic) != 0 {
		w.report.stack(sc, t)
	}
	fiveXX := sc.status.kind == SpecConst && serverError(sc.status.v)
	if t.K&(KindText|KindError) != 0 && fiveXX {
		w.report.leak(sc, t)
	}
	for _, i := range bitIndexes(t.P) {
		w.record(BodyParam{Index: i, Encode: sc.encode, Status: sc.status.spec()})
	}
	for _, i := range bitIndexes(t.T) {
		w.record(BodyParam{Index: i, Text: true, Encode: sc.encode, Status: sc.status.spec()})
	}
	if sc.encode && fiveXX && w.c.shape != nil && w.report.shape(sc) && w.fr.owner != nil && !w.fr.owner.documented {
		w.fr.owner.documented = true
		w.changed = w.changed || w.fr.owner.read
	}
	if sc.encode && w.c.shape != nil && sc.status.kind == SpecParam {
		if keys, _, ok := w.report.literalKeys(sc.expr); ok {
			w.recordShape(BodyShape{Status: sc.status.spec(), Keys: keys})
		}
	}
}

// errorPath checks a value a handler returns, which the framework's
// default error handler answers with.
func (w *walker) errorPath(res ast.Expr, t Taint, st *state) {
	switch w.fr.handler {
	case fiberHandler:
		if !w.fw.fiberDefault {
			return // a custom ErrorHandler, or an app configured elsewhere
		}
		w.sink(sinkCall{expr: res, t: t.text(), status: status{kind: SpecConst, v: 500},
			via: "by fiber's default error handler"}, st)
	case echoHandler:
		if !w.fw.echoDebug {
			return // without Debug, echo's default handler sends no error text
		}
		if call, ok := ast.Unparen(res).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if fn, ok := w.calleeFunc(call); ok && w.fw.echoInternal(fn) {
				code := w.echoCode(call)
				w.sink(sinkCall{expr: call.Args[0], t: w.eval(call.Args[0], st).text(), status: code,
					via: "by echo's default error handler with Debug on"}, st)
				return
			}
		}
		w.sink(sinkCall{expr: res, t: t.text(), status: status{kind: SpecConst, v: 500},
			via: "by echo's default error handler with Debug on"}, st)
	}
}

// reporter collects one round's findings; only the last round's are
// reported.
type reporter struct {
	w      *walker
	diags  []analysis.Diagnostic
	fixes  []func() (analysis.SuggestedFix, bool) // by diagnostic
	seen   map[[2]any]bool
	taints map[ast.Expr]Taint // of composite literal elements, to find the culprit
}

func newReporter(w *walker) *reporter {
	return &reporter{w: w, seen: make(map[[2]any]bool), taints: make(map[ast.Expr]Taint)}
}

// note records the taint of an element of a composite literal.
func (r *reporter) note(e ast.Expr, t Taint) {
	if !t.zero() {
		r.taints[e] = t
	}
}

func (r *reporter) flush() {
	for i, fix := range r.fixes {
		if fix == nil {
			continue
		}
		if f, ok := fix(); ok {
			r.diags[i].SuggestedFixes = []analysis.SuggestedFix{f}
		}
	}
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for _, d := range r.diags {
		r.w.rep.Report(d)
	}
}

// add records a finding, with the function that makes its fix (nil: none).
func (r *reporter) add(d analysis.Diagnostic, fix ...func() (analysis.SuggestedFix, bool)) {
	k := [2]any{d.Pos, d.Category}
	if r.seen[k] {
		return // the same value found twice (a loop body, an echo re-read)
	}
	r.seen[k] = true
	if f := r.w.file(d.Pos); f == nil || ast.IsGenerated(f) {
		return // not the author's to fix
	}
	d.URL = URL
	r.diags = append(r.diags, d)
	var f func() (analysis.SuggestedFix, bool)
	if len(fix) > 0 {
		f = fix[0]
	}
	r.fixes = append(r.fixes, f)
}

// culprit returns the smallest part of e that carries kinds: an element
// of a composite literal (followed into a local's literal), the operand
// of a conversion or of &.
func (r *reporter) culprit(e ast.Expr, kinds Kinds) ast.Expr {
	for range 16 {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x.X
				continue
			}
		case *ast.Ident:
			if lit, ok := r.w.vals.Source(x).(*ast.CompositeLit); ok {
				if next := r.element(lit, kinds); next != nil {
					e = next
					continue
				}
			}
		case *ast.CompositeLit:
			if next := r.element(x, kinds); next != nil {
				e = next
				continue
			}
		case *ast.CallExpr:
			if tv, ok := r.w.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
		}
		return e
	}
	return e
}

func (r *reporter) element(lit *ast.CompositeLit, kinds Kinds) ast.Expr {
	for _, elt := range lit.Elts {
		v := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			v = kv.Value
		}
		if r.taints[v].K&kinds != 0 {
			return v
		}
	}
	return nil
}

// named is " by writeJSON" for a helper, or the sink's own words.
func (sc sinkCall) named() string {
	switch {
	case sc.via != "":
		return " " + sc.via
	case sc.helper && sc.fn != nil:
		return " by " + sc.fn.Name()
	}
	return ""
}

func (r *reporter) stack(sc sinkCall, t Taint) {
	kinds, what := KindStack, "stack trace"
	if t.K&KindStack == 0 {
		kinds, what = KindPanic, "recovered panic value"
	}
	at := r.culprit(sc.expr, kinds)
	r.add(analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: CategoryStack,
		Message: fmt.Sprintf("%s sent in a response body%s", what, sc.named()),
	})
}

func (r *reporter) leak(sc sinkCall, t Taint) {
	kinds := KindText
	if !sc.encode {
		kinds |= KindError
	}
	at := r.culprit(sc.expr, kinds)
	d := analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: CategoryError,
		Message: fmt.Sprintf("error text sent in a %s body%s", describe(sc.status.v), sc.named()),
	}
	// The fix is made at flush, for the last round's findings only: it
	// reads the function around the finding.
	fr, stmt := r.w.fr, r.w.stmtNow
	r.add(d, func() (analysis.SuggestedFix, bool) {
		r.w.fr, r.w.stmtNow = fr, stmt
		return r.w.fix(sc, at)
	})
}

// shape reports a 5xx body literal whose fields are not the documented
// shape, and reports whether the body is a literal of that shape.
func (r *reporter) shape(sc sinkCall) bool {
	keys, lit, ok := r.literalKeys(sc.expr)
	if !ok {
		return false
	}
	if r.w.shapeMatches(keys) {
		return true // the documented shape
	}
	r.add(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(), Category: CategoryShape,
		Message: fmt.Sprintf("%s body {%s} is not the 5xx body %s documents: {%s}",
			describe(sc.status.v), strings.Join(keys, ", "), r.w.c.cat.Describe(), strings.Join(r.w.c.shape, ", ")),
	})
	return false
}

// helperShape reports, at a helper's call, the 5xx body of a wrong shape
// the helper writes with the status the call gives it.
func (r *reporter) helperShape(call *ast.CallExpr, fn *types.Func, code int, keys []string) {
	r.add(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(), Category: CategoryShape,
		Message: fmt.Sprintf("%s body {%s} written by %s is not the 5xx body %s documents: {%s}",
			describe(code), strings.Join(keys, ", "), fn.Name(), r.w.c.cat.Describe(), strings.Join(r.w.c.shape, ", ")),
	})
}

// literalKeys returns the JSON keys of the body literal e is (or &lit, or
// a local assigned a literal once and written to no further).
func (r *reporter) literalKeys(e ast.Expr) ([]string, *ast.CompositeLit, bool) {
	if id, isID := ast.Unparen(e).(*ast.Ident); isID {
		if v := r.w.localVar(id); v != nil && r.w.written[v] {
			return nil, nil, false // fields or entries added after the literal: its keys are not the body's
		}
	}
	lit, ok := ast.Unparen(r.w.vals.Source(e)).(*ast.CompositeLit)
	if u, isAddr := ast.Unparen(e).(*ast.UnaryExpr); isAddr && u.Op == token.AND {
		lit, ok = ast.Unparen(u.X).(*ast.CompositeLit)
	}
	if !ok {
		return nil, nil, false // built elsewhere, or not a literal: its fields are not known here
	}
	body := r.w.bodies.Of(lit)
	if body == nil {
		return nil, nil, false // not a JSON object (a string, a type with its own MarshalJSON)
	}
	return body.Keys, lit, true
}

// shapeMatches reports whether keys are the documented 5xx shape's, as
// encoding/json matches them (ignoring case).
func (w *walker) shapeMatches(keys []string) bool {
	want := w.c.shape
	if len(keys) != len(want) {
		return false
	}
	for _, k := range want {
		if !slices.ContainsFunc(keys, func(x string) bool { return strings.EqualFold(x, k) }) {
			return false
		}
	}
	return true
}

// describe names a status with its reason phrase: "500 Internal Server Error".
func describe(code int) string {
	if text := catalog.StatusText(code); text != "" {
		return fmt.Sprintf("%d %s", code, text)
	}
	return fmt.Sprint(code)
}

// enclosing returns the top-level declaration that holds pos: the scope
// of the locals a fix may leave unused, and of the literal it sits in.
func (w *walker) enclosing(pos token.Pos) ast.Node {
	f := w.file(pos)
	if f == nil {
		return nil
	}
	i, _ := slices.BinarySearchFunc(f.Decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	if i < len(f.Decls) && f.Decls[i].Pos() <= pos {
		return f.Decls[i]
	}
	return nil
}

// file returns the file that holds pos.
func (w *walker) file(pos token.Pos) *ast.File {
	for _, f := range w.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

func (w *walker) calleeFunc(call *ast.CallExpr) (*types.Func, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	fn, ok := w.info.Uses[sel.Sel].(*types.Func)
	return fn, ok
}

// echoCode is the status of the *echo.HTTPError a SetInternal call is
// made on: NewHTTPError's code, directly or through a local.
func (w *walker) echoCode(call *ast.CallExpr) status {
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	inner, ok := ast.Unparen(w.vals.Source(sel.X)).(*ast.CallExpr)
	if !ok {
		return unknownStatus
	}
	for _, s := range w.sum.Call(inner) {
		if s.Role == sinks.Status {
			return w.statusIn(s.Expr, nil)
		}
	}
	return unknownStatus
}

// fix replaces the leaking value at with the status text, or the sink's
// statement with a call of the module's documented-shape helper.
func (w *walker) fix(sc sinkCall, at ast.Expr) (analysis.SuggestedFix, bool) {
	f := w.file(at.Pos())
	if f == nil {
		return analysis.SuggestedFix{}, false
	}
	ff := &fiximport.File{File: f, Info: w.info, Pkg: w.pass.Pkg, Fset: w.pass.Fset}
	if fix, ok := w.helperFix(sc, ff); ok {
		return fix, true
	}
	t := w.info.TypeOf(at)
	if t == nil {
		return analysis.SuggestedFix{}, false
	}
	wrap := ""
	switch {
	case isString(t):
		// a string where a string goes (the type is the value's own)
	case isError(t) && w.messageContext(sc, at):
		// an error formatted or sent as a message (fmt.Fprint(w, err), NewHTTPError(500, err))
	case isBytes(t):
		wrap = "[]byte"
	default:
		return analysis.SuggestedFix{}, false // a struct, a map, an error where an error goes: no text fits
	}
	if w.onlyUse(at) {
		return analysis.SuggestedFix{}, false // the fix would leave a variable unused
	}
	text, edits, ok := ff.Ref(at.Pos(), "net/http", "http", "StatusText")
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	code, more, ok := ff.StatusConst(at.Pos(), int64(sc.status.v), types.Typ[types.Int], "")
	if !ok {
		code, more = fmt.Sprint(sc.status.v), nil
	}
	for _, e := range more {
		if !slices.ContainsFunc(edits, func(x analysis.TextEdit) bool {
			return x.Pos == e.Pos && x.End == e.End && string(x.NewText) == string(e.NewText)
		}) {
			edits = append(edits, e)
		}
	}
	repl := text + "(" + code + ")"
	if wrap != "" {
		repl = wrap + "(" + repl + ")"
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %s with %s", short(types.ExprString(at)), repl),
		TextEdits: append([]analysis.TextEdit{{Pos: at.Pos(), End: at.End(), NewText: []byte(repl)}}, edits...),
	}, true
}

func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isByte(s.Elem())
}

func short(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// messageContext reports whether the error at goes where any value goes
// (an argument of type any, an element of a map[string]any), so that a
// string may replace it.
func (w *walker) messageContext(sc sinkCall, at ast.Expr) bool {
	target := w.contextType(sc, at)
	return target != nil && types.IsInterface(target) && types.AssignableTo(types.Typ[types.String], target)
}

// contextType is the type the value at is assigned to: the parameter of
// the sink or helper it is an argument of, or the element or field type
// of the literal it is an element of (nil when not known).
func (w *walker) contextType(sc sinkCall, at ast.Expr) types.Type {
	if sc.call != nil && sc.fn != nil {
		sig := sc.fn.Signature()
		for i, a := range sc.call.Args {
			if a != at {
				continue
			}
			n := sig.Params().Len()
			switch {
			case sig.Variadic() && i >= n-1:
				return sig.Params().At(n - 1).Type().(*types.Slice).Elem()
			case i < n:
				return sig.Params().At(i).Type()
			}
		}
	}
	var found types.Type
	if scope := w.enclosing(at.Pos()); scope != nil {
		ast.Inspect(scope, func(n ast.Node) bool {
			if found != nil || n == nil || n.End() < at.Pos() || n.Pos() > at.End() {
				return false
			}
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			for i, elt := range lit.Elts {
				v, key := elt, ast.Expr(nil)
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					v, key = kv.Value, kv.Key
				}
				if v != at {
					continue
				}
				switch u := typeUnder(w.info.TypeOf(lit)).(type) {
				case *types.Map:
					found = u.Elem()
				case *types.Slice:
					found = u.Elem()
				case *types.Array:
					found = u.Elem()
				case *types.Struct:
					if id, ok := key.(*ast.Ident); ok {
						if fv, ok := w.info.Uses[id].(*types.Var); ok {
							found = fv.Type()
						}
					} else if i < u.NumFields() {
						found = u.Field(i).Type()
					}
				}
			}
			return true
		})
	}
	return found
}

// onlyUse reports whether e holds the only use of a local variable or of
// an imported package's name, which replacing e would leave unused (an
// assignment to a variable is not a use).
func (w *walker) onlyUse(e ast.Expr) bool { return w.onlyUseExcept(e, nil) }

// onlyUseExcept is onlyUse for a replacement of e that still names keep.
func (w *walker) onlyUseExcept(e ast.Expr, keep map[string]bool) bool {
	locals := make(map[types.Object]bool)
	pkgs := make(map[*types.PkgName]int) // uses inside e
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !keep[id.Name] {
			if v := w.localVar(id); v != nil {
				locals[v] = true
			} else if pn, ok := w.info.Uses[id].(*types.PkgName); ok {
				pkgs[pn]++
			}
		}
		return true
	})
	for pn, n := range pkgs {
		if w.pkgUses(e.Pos())[pn] <= n {
			return true // the file's only uses of the import
		}
	}
	if len(locals) == 0 {
		return false
	}
	scope := w.enclosing(e.Pos())
	if scope == nil {
		return true
	}
	assigned := make(map[*ast.Ident]bool)
	ast.Inspect(scope, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					assigned[id] = true
				}
			}
		}
		if id, ok := n.(*ast.Ident); ok && (id.Pos() < e.Pos() || id.Pos() >= e.End()) && !assigned[id] {
			if obj := w.info.Uses[id]; obj != nil {
				delete(locals, obj)
			}
		}
		return true
	})
	return len(locals) > 0
}

// pkgUses counts, once per file, the uses of each imported package name
// in the file that holds pos.
func (w *walker) pkgUses(pos token.Pos) map[*types.PkgName]int {
	f := w.file(pos)
	if w.pkgUseCount == nil {
		w.pkgUseCount = make(map[*ast.File]map[*types.PkgName]int)
	}
	if m, ok := w.pkgUseCount[f]; ok {
		return m
	}
	m := make(map[*types.PkgName]int)
	if f != nil {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if pn, ok := w.info.Uses[id].(*types.PkgName); ok {
					m[pn]++
				}
			}
			return true
		})
	}
	w.pkgUseCount[f] = m
	return m
}
