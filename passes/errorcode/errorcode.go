package errorcode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

//go:embed doc.go
var doc []byte

// URL is the README section that documents the analyzer.
const URL = "https://github.com/statuslint/statuslint#errorcode"

// Categories of the analyzer's diagnostics.
const (
	CategoryUndocumented = "undocumented-error-code"
	CategoryStatus       = "error-body-status"
	CategoryRaw          = "raw-error-code"
)

// defaultShape is the error body's shape when the catalog documents error
// codes but no body.
var defaultShape = []string{"code", "message"}

// index is the sink table, to find the body arguments of calls. It is
// never written after it is built.
var index = sinks.NewIndex(sinks.Table)

// Options configure one errorcode analyzer.
type Options struct {
	// Catalog is what the API documents. Nil means the embedded default.
	Catalog *catalog.Catalog
}

// Analyzer is the errorcode analyzer configured by statuslint's flags and
// config file (see internal/config), for go vet, nogo, gopls and
// golangci-lint.
var Analyzer = New(Options{})

// New returns an errorcode analyzer for opts. Options left zero come from
// the configuration, as for Analyzer.
func New(opts Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "errorcode",
		Doc:      analysisdoc.MustExtract(doc, "errorcode"),
		URL:      URL,
		Requires: []*analysis.Analyzer{config.Analyzer, summary.Analyzer, jsonbody.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			cfg := pass.ResultOf[config.Analyzer].(*config.Config)
			if failed, err := cfg.Failed(pass.Pkg); failed {
				return nil, err // a bad catalog or config file, reported once a package
			}
			rep := report.New(pass, cfg, "errorcode")
			defer rep.Finish()
			if !rep.PassEnabled() {
				return nil, nil // turned off by -disable or the config file
			}
			cat := opts.Catalog
			if cat == nil {
				cat = cfg.Catalog
			}
			return newChecker(cat).run(pass, rep)
		},
		// Ill-typed code is read as far as its types go.
		RunDespiteErrors: true,
	}
}

// newChecker derives what a run needs from the catalog.
func newChecker(cat *catalog.Catalog) *checker {
	c := &checker{cat: cat}
	c.shape = c.cat.ErrorShape.Fields // code field first
	if c.cat.ErrorShape.Code == "" {
		c.shape = defaultShape // a body with no code field has no code to check
	}
	c.message = "message"
	for i, k := range c.shape[1:] {
		if l := strings.ToLower(k); i == 0 || strings.Contains(l, "message") || strings.Contains(l, "msg") {
			c.message = k // the second field, unless a later one is named for the message
		}
	}
	c.statusLike = c.cat.HasErrorCodes()
	for _, e := range c.cat.ErrorCodes {
		if n, ok := e.Code.Int(); !ok || n < 400 || n > 599 {
			c.statusLike = false
		}
	}
	return c
}

// checker is one analyzer's configuration; run does not write it.
type checker struct {
	cat     *catalog.Catalog
	shape   []string // the error body's keys, code first
	message string   // the key of the message
	// statusLike is set when every documented error code is a 4xx or 5xx
	// HTTP status (the API puts the status in its bodies): a code below
	// 400 is then a success envelope's ({"code": 200, …}).
	statusLike bool
}

func (c *checker) run(pass *analysis.Pass, rep *report.Reporter) (any, error) {
	if !c.cat.HasErrorCodes() {
		return nil, nil // the catalog has no error-code section
	}
	jb := pass.ResultOf[jsonbody.Analyzer].(*jsonbody.Result)
	if !jb.Relevant() {
		return nil, nil // the package cannot build a JSON body
	}
	r := &reporter{
		checker:  c,
		pass:     pass,
		rep:      rep,
		bodies:   jb,
		sum:      pass.ResultOf[summary.Analyzer].(*summary.Result),
		values:   jb.Values(),
		matcher:  index.Matcher(pass.Pkg, pass.TypesInfo),
		seen:     make(map[token.Pos]bool),
		okBodies: make(map[*jsonbody.Body]bool),
		okVars:   make(map[*types.Var]bool),
	}
	sends := r.sends(jb.Inspector())
	r.markSuccess(sends)
	for _, b := range jb.Bodies() {
		if !c.errorBody(b) {
			continue // not an error body
		}
		if f := r.file(b.Node.Pos()); f == nil || ast.IsGenerated(f.File) {
			continue // generated code is not the author's to fix
		}
		if v, ok := b.Value(c.shape[0]); ok {
			r.code(b, v)
		}
	}
	if c.statusChecked() {
		for _, s := range sends {
			r.status(s.body, s.status)
		}
	}
	return nil, nil
}

// errorBody reports whether b has the shape of the error body: its code
// field and at least one other field of the shape (a body may leave out
// an optional field such as data).
func (c *checker) errorBody(b *jsonbody.Body) bool {
	if !b.Has(c.shape[:1]) {
		return false
	}
	if len(c.shape) == 1 {
		return true
	}
	for _, k := range c.shape[1:] {
		if b.Has([]string{k}) {
			return true
		}
	}
	return false
}

// statusChecked reports whether the catalog lets error bodies be held to
// 4xx statuses: it documents a 4xx status, or no HTTP status at all.
func (c *checker) statusChecked() bool {
	if !c.cat.HasHTTP() {
		return true
	}
	for code := 400; code < 500; code++ {
		if c.cat.StatusDocumented(code) {
			return true
		}
	}
	return false
}

// reporter holds what one run needs.
type reporter struct {
	*checker
	pass    *analysis.Pass
	rep     *report.Reporter
	bodies  *jsonbody.Result
	sum     *summary.Result
	values  *constval.Values
	matcher *sinks.Matcher
	seen    map[token.Pos]bool // positions reported, for a local used twice
	consts  fiximport.Consts   // the constants fixes may name, by value

	okBodies map[*jsonbody.Body]bool // bodies sent with a 2xx status
	okVars   map[*types.Var]bool     // variables holding such bodies
}

// codeValue returns the integer value of a code expression: an integer
// constant, or a string constant that is a decimal integer ("999").
func (r *reporter) codeValue(e ast.Expr) (code int64, isString, ok bool) {
	c := r.values.Const(e)
	if c == nil {
		return 0, false, false // computed at run time
	}
	switch c.Kind() {
	case constant.Int:
		code, ok = constant.Int64Val(c)
		return code, false, ok
	case constant.String:
		n, err := strconv.ParseInt(constant.StringVal(c), 10, 64)
		return n, true, err == nil
	}
	return 0, false, false // a float, a bool
}

// code checks the code v of the error body b.
func (r *reporter) code(b *jsonbody.Body, v jsonbody.Value) {
	e := v.Expr
	code, isString, ok := r.codeValue(e)
	if !ok {
		return // not a constant code
	}
	if r.seen[e.Pos()] {
		return // reported through another body at the same place
	}
	r.seen[e.Pos()] = true
	if int64(int(code)) != code {
		return // beyond any documented code
	}
	if _, ok := r.cat.ErrorCode(int(code)); ok {
		r.raw(v, code)
		return
	}
	if r.sentWithSuccess(b) || r.successBody(b, e, code) || r.statusLike && 100 <= code && code < 400 {
		return // a success envelope's code, not an error code
	}
	d := analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(),
		Category: CategoryUndocumented, URL: URL,
		Message: fmt.Sprintf("error code %s is not documented in %s%s", show(code, isString), r.cat.Describe(), r.nearest(int(code))),
	}
	if fix, ok := r.meaningFix(b, v, code, isString); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	r.rep.Report(d)
}

// show writes a code as the program does: 999 or "999".
func show(code int64, isString bool) string {
	if isString {
		return strconv.Quote(strconv.FormatInt(code, 10))
	}
	return strconv.FormatInt(code, 10)
}

// nearest names the documented code nearest to code, and its category.
func (r *reporter) nearest(code int) string {
	near, ok := r.cat.NearestErrorCode(code)
	if !ok {
		return ""
	}
	s := fmt.Sprintf(" (nearest: %s %s", near.Code, near.Meaning)
	if g, ok := r.cat.ErrorCodeCategoryOf(code); ok {
		s += "; category " + g.String()
	}
	return s + ")"
}

// meaningFix returns the fix that replaces the undocumented code e of the
// body b with the documented code whose meaning is b's constant message.
func (r *reporter) meaningFix(b *jsonbody.Body, v jsonbody.Value, code int64, isString bool) (analysis.SuggestedFix, bool) {
	e := v.Expr
	m, ok := b.Value(r.message)
	if !ok {
		return analysis.SuggestedFix{}, false // no message here
	}
	msg, ok := r.values.String(m.Expr)
	if !ok {
		return analysis.SuggestedFix{}, false // not a constant message
	}
	doc, ok := r.cat.ErrorCodeByMeaning(msg)
	if !ok {
		return analysis.SuggestedFix{}, false // no documented meaning says it
	}
	f := r.file(e.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return analysis.SuggestedFix{}, false // not the author's to fix
	}
	target := v.Type
	if target == nil {
		target = r.pass.TypesInfo.TypeOf(e)
	}
	docCode, _ := doc.Code.Int() // found by an integer lookup
	text := show(int64(docCode), isString)
	var edits []analysis.TextEdit
	if name, more, ok := r.namedCode(f, e.Pos(), int64(docCode), isString, target); ok {
		text, edits = name, more
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %s with %s (%s)", show(code, isString), text, doc.Meaning),
		TextEdits: append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...),
	}, true
}

// raw reports the literal that gives the documented code v its value,
// with the fix that names it, when the module declares a constant for it.
func (r *reporter) raw(v jsonbody.Value, code int64) {
	e := v.Expr
	lit := r.values.Literal(e)
	if lit == nil {
		return // already named, or computed
	}
	if lit.Pos() != e.Pos() && r.seen[lit.Pos()] {
		return // a local's literal, reported at its first use
	}
	r.seen[lit.Pos()] = true
	f := r.file(lit.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return // not in the package's syntax, or not the author's to fix
	}
	target := r.pass.TypesInfo.TypeOf(lit)
	if ast.Unparen(e) == lit && v.Type != nil {
		target = v.Type // the literal is the value: it goes where the value goes
	}
	name, edits, ok := r.namedCode(f, lit.Pos(), code, lit.Kind == token.STRING, target)
	if !ok {
		return // no constant names it, or none can be written here
	}
	r.rep.Report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(),
		Category: CategoryRaw, URL: URL,
		Message: fmt.Sprintf("raw error code %s: use %s", lit.Value, name),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %s with %s", lit.Value, name),
			TextEdits: append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(name)}}, edits...),
		}},
	})
}

// file returns the syntax of the file that holds pos.
func (r *reporter) file(pos token.Pos) *fiximport.File {
	for _, f := range r.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return &fiximport.File{File: f, Info: r.pass.TypesInfo, Pkg: r.pass.Pkg, Consts: &r.consts}
		}
	}
	return nil
}

// A send is an error body sent with a status: the body, the argument that
// carries it, and the status expression.
type send struct {
	body   *jsonbody.Body
	arg    ast.Expr
	status ast.Expr
}

// sends returns the error bodies sent with a status on the same response.
func (r *reporter) sends(insp *inspector.Inspector) []send {
	var out []send
	// A body argument of a sink or helper call, with the status of the
	// same call or of c.Status(n) before it (fiber).
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		for _, e := range r.bodyArgs(call) {
			st := r.statusOf(call)
			if st == nil {
				continue // no status known for this response
			}
			r.markVar(e, st)
			if b := r.bodyOf(e); b != nil {
				out = append(out, send{b, e, st})
			}
		}
	}
	// A helper that builds the body from its arguments and sends it with
	// the status it is given: apiError(w, 200, 10001, "…").
	for _, b := range r.bodies.Bodies() {
		if call, ok := b.Node.(*ast.CallExpr); ok && b.Kind == jsonbody.HelperCall && r.errorBody(b) {
			if st := r.statusOf(call); st != nil {
				out = append(out, send{b, call, st})
			}
		}
	}
	// w.WriteHeader(n) then json.NewEncoder(w).Encode(body), in one block.
	for cur := range insp.Root().Preorder((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil)) {
		var list []ast.Stmt
		switch n := cur.Node().(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		out = r.encodeAfterHeader(out, list)
	}
	return out
}

// markSuccess records the bodies sent with a 2xx status: a code there that
// the catalog does not list is the code of a success envelope
// ({"code": 200, "message": "API is healthy."}), not an undocumented error
// code.
func (r *reporter) markSuccess(sends []send) {
	for _, s := range sends {
		if r.success2xx(s.status) {
			r.okBodies[s.body] = true
		}
		r.markVar(s.arg, s.status)
	}
}

// markVar records the variable that the body argument e names, when the
// status st is a 2xx: assignments to its fields build a success envelope.
func (r *reporter) markVar(e, st ast.Expr) {
	if !r.success2xx(st) {
		return
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
			r.okVars[v] = true
		}
	}
}

// success2xx reports whether the status expression st is a constant 2xx.
func (r *reporter) success2xx(st ast.Expr) bool {
	n, ok := r.values.Int(st)
	return ok && 200 <= n && n <= 299
}

// sentWithSuccess reports whether the body b is sent with a 2xx status,
// itself or through the variable whose field it assigns.
func (r *reporter) sentWithSuccess(b *jsonbody.Body) bool {
	if r.okBodies[b] {
		return true
	}
	if sel, ok := b.Node.(*ast.SelectorExpr); ok && b.Kind == jsonbody.FieldAssign {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
			return v != nil && r.okVars[v]
		}
	}
	return false
}

// bodyArgs returns the arguments of call that become a response body: by
// the sink table's Body rows, or by a helper's summary.
func (r *reporter) bodyArgs(call *ast.CallExpr) []ast.Expr {
	var out []ast.Expr
	if fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func); ok {
		shift := sinks.ReceiverArgs(r.pass.TypesInfo, call)
		for _, row := range r.matcher.Rows(fn) {
			if i := row.Arg + shift; row.Role == sinks.Body && i < len(call.Args) {
				out = append(out, call.Args[i])
			}
		}
	}
	for _, s := range r.sum.Call(call) {
		if s.Role == sinks.Body && s.Helper {
			out = append(out, s.Expr)
		}
	}
	return out
}

// statusOf returns the constant status expression of a call's Status site,
// or of the fiber-style c.Status(n) call the call is chained on.
func (r *reporter) statusOf(call *ast.CallExpr) ast.Expr {
	for _, s := range r.sum.Call(call) {
		if s.Role == sinks.Status {
			return s.Expr
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if recv, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			for _, s := range r.sum.Call(recv) {
				if s.Role == sinks.Status {
					return s.Expr
				}
			}
		}
	}
	return nil
}

// bodyOf returns the error body that the expression e's value is, looking
// through locals assigned once and the address operator.
func (r *reporter) bodyOf(e ast.Expr) *jsonbody.Body {
	for range 3 {
		e = r.values.Source(e)
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			break
		}
		e = u.X
	}
	b := r.bodies.Of(e)
	if b == nil || !r.errorBody(b) {
		return nil
	}
	return b
}

// status reports the error body b sent with the status expression st,
// when st is a constant below 400 and b's code is a documented error code
// that is not a success code.
func (r *reporter) status(b *jsonbody.Body, st ast.Expr) {
	n, ok := r.values.Int(st)
	if !ok || n < 100 || n >= 400 {
		return // unknown, 4xx or 5xx, or no status at all (httpstatus's finding)
	}
	if r.seen[st.Pos()] {
		return // reported through another path
	}
	v, ok := b.Value(r.shape[0])
	if !ok {
		return // no code given here
	}
	code, isString, ok := r.codeValue(v.Expr)
	if !ok || r.success(code) {
		return // a computed code, or {code: 0, message: "ok"}: maybe a success envelope
	}
	if _, ok := r.cat.ErrorCode(int(code)); !ok && int64(int(code)) == code {
		return // not a documented error code: a success envelope's own code
	}
	r.seen[st.Pos()] = true
	r.rep.Report(analysis.Diagnostic{
		Pos: st.Pos(), End: st.End(),
		Category: CategoryStatus, URL: URL,
		Message: fmt.Sprintf("error code %s sent with status %s: %s gives error bodies 4xx statuses", show(code, isString), describeStatus(n), r.cat.Describe()),
	})
}

// success reports whether code is a success code of an envelope: a
// documented code whose meaning says success, or an undocumented 0.
func (r *reporter) success(code int64) bool {
	e, ok := r.cat.ErrorCode(int(code))
	if !ok {
		return code == 0
	}
	return successWord(e.Meaning)
}

// successBody reports whether the body b, whose code e has the
// undocumented value code, is a success envelope whatever its status: its
// code is 0, the zero value that no scheme uses for an error unless it
// documents it, or a constant named for success (CodeSuccess, StatusOK),
// or its constant message says success ({code: 200, message: "success"}).
func (r *reporter) successBody(b *jsonbody.Body, e ast.Expr, code int64) bool {
	if code == 0 || successName(r.pass.TypesInfo, r.values.Source(e)) {
		return true
	}
	m, ok := b.Value(r.message)
	if !ok {
		return false // no message here
	}
	msg, ok := r.values.String(m.Expr)
	return ok && successWord(msg)
}

// successName reports whether e names a constant whose name says success
// and nothing else, besides words that say it is a code: SUCCESS,
// CodeSuccess, StatusOK, RetOK; not ErrNotOK or SuccessRateLow.
func successName(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false // a literal or a computed value: no name
	}
	c, ok := info.Uses[id].(*types.Const)
	if !ok {
		return false // not a constant
	}
	var rest []string
	for _, w := range nameWords(c.Name()) {
		switch w {
		case "code", "status", "ret", "result", "resp", "response":
			continue // says it is a code, not which
		}
		rest = append(rest, w)
	}
	return len(rest) == 1 && successWord(rest[0])
}

// successWord reports whether a meaning or a message says success.
func successWord(s string) bool {
	switch catalog.Fold(s) {
	case "ok", "success", "succeeded", "successful", "no error", "none":
		return true
	}
	return false
}

// describeStatus names a status with its reason phrase: "200 OK".
func describeStatus(n int64) string {
	if text := catalog.StatusText(int(n)); text != "" {
		return fmt.Sprintf("%d %s", n, text)
	}
	return fmt.Sprint(n)
}

// encodeAfterHeader appends, for one statement list, an error body
// encoded by json.NewEncoder(w).Encode, or handed to a body sink or helper
// that takes w, right after w.WriteHeader(n) or render.Status(w, n), when
// no statement between them uses w.
func (r *reporter) encodeAfterHeader(out []send, list []ast.Stmt) []send {
	var w types.Object // the writer whose status is known
	var st ast.Expr    // its status
	for _, stmt := range list {
		if x, ok := stmt.(*ast.ExprStmt); ok {
			if call, ok := ast.Unparen(x.X).(*ast.CallExpr); ok {
				if obj, status := r.writeHeader(call); obj != nil {
					w, st = obj, status
					continue
				}
			}
		}
		if w == nil {
			continue // no status known yet
		}
		if body, ok := r.encodeTo(stmt, w); ok {
			if b := r.bodyOf(body); b != nil {
				out = append(out, send{b, body, st})
			}
		}
		for _, body := range r.bodiesWith(stmt, w) {
			if b := r.bodyOf(body); b != nil {
				out = append(out, send{b, body, st})
			}
		}
		if r.mentions(stmt, w) {
			w, st = nil, nil // the writer is used: its status no longer obvious
		}
	}
	return out
}

// writeHeader returns the variable and the status of a call that sets the
// status of the response to come: w.WriteHeader(n) on a local or
// parameter w, or render.Status(r, n) (chi) on the request r.
func (r *reporter) writeHeader(call *ast.CallExpr) (types.Object, ast.Expr) {
	callee := typeutil.Callee(r.pass.TypesInfo, call)
	var holder ast.Expr
	switch {
	case isFunc(callee, "github.com/go-chi/render", "", "Status") && len(call.Args) == 2:
		holder = call.Args[0]
	default:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "WriteHeader" {
			return nil, nil // neither
		}
		holder = sel.X
	}
	id, ok := ast.Unparen(holder).(*ast.Ident)
	if !ok {
		return nil, nil // c.Writer.WriteHeader: too far to follow
	}
	for _, s := range r.sum.Call(call) {
		if s.Role == sinks.Status && !s.Helper {
			return r.pass.TypesInfo.Uses[id], s.Expr
		}
	}
	return nil, nil
}

// encodeTo returns the argument of json.NewEncoder(w).Encode(v) in stmt
// (outside function literals), for the writer w.
func (r *reporter) encodeTo(stmt ast.Stmt, w types.Object) (ast.Expr, bool) {
	var body ast.Expr
	ast.Inspect(stmt, func(n ast.Node) bool {
		if body != nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false // runs some other time
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		if !isFunc(typeutil.Callee(r.pass.TypesInfo, call), "encoding/json", "Encoder", "Encode") {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(enc.Args) != 1 || !isFunc(typeutil.Callee(r.pass.TypesInfo, enc), "encoding/json", "", "NewEncoder") {
			return true
		}
		if id, ok := ast.Unparen(enc.Args[0]).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == w {
			body = call.Args[0]
		}
		return true
	})
	return body, body != nil
}

// bodiesWith returns the body arguments of the calls in stmt (outside
// function literals) that also take the variable w: render.JSON(w, r, v)
// after render.Status(r, n) or w.WriteHeader(n). A call that sets its own
// status is left to the same-call check.
func (r *reporter) bodiesWith(stmt ast.Stmt, w types.Object) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(stmt, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // runs some other time
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || r.statusOf(call) != nil {
			return true
		}
		takes := false
		for _, a := range call.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == w {
				takes = true
			}
		}
		if takes {
			out = append(out, r.bodyArgs(call)...)
		}
		return true
	})
	return out
}

// mentions reports whether stmt uses the variable w.
func (r *reporter) mentions(stmt ast.Stmt, w types.Object) bool {
	found := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == w {
			found = true
		}
		return !found
	})
	return found
}

// isFunc reports whether obj is the function pkg.name, or the method name
// of pkg's type recv.
func isFunc(obj types.Object, pkg, recv, name string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != pkg || fn.Name() != name {
		return false
	}
	sig := fn.Signature()
	if recv == "" {
		return sig.Recv() == nil
	}
	if sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == recv
}
