package errorcode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
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
	CategoryCodeStatus   = "error-code-status"
)

// URLCodeStatus is the README section of error-code-status.
const URLCodeStatus = "https://github.com/statuslint/statuslint#error-code-status"

// defaultShape is the error body's shape when the catalog documents error
// codes but no body.
var defaultShape = []string{"code", "message"}

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
	sh := cat.ErrorShape
	c.shape = sh.Fields
	c.codeKey, c.message = sh.Code, sh.Message
	if sh.Code == "" {
		c.shape = defaultShape // a body with no code field has no code to check
		c.codeKey, c.message = "code", "message"
	}
	if c.message == "" {
		for i, k := range c.shape {
			if l := strings.ToLower(k); k != c.codeKey && (c.message == "" && i > 0 || strings.Contains(l, "message") || strings.Contains(l, "msg")) {
				c.message = k // the field after the code, unless a later one is named for the message
			}
		}
	}
	c.path = splitPath(sh.Path)
	c.statusLike = c.cat.HasErrorCodes()
	for _, e := range c.cat.ErrorCodes {
		if e.Code.IsString() {
			c.strings = true
		} else {
			c.ints = true
		}
		if n, ok := e.Code.Int(); !ok || n < 400 || n > 599 {
			c.statusLike = false
		}
	}
	return c
}

// splitPath splits a shape's path into the keys of Reach.Path: "errors[]"
// is errors, []; "error" is error; "data.errors[]" is data, errors, [].
func splitPath(p string) []string {
	var out []string
	for _, part := range strings.Split(p, ".") {
		if part == "" {
			continue
		}
		name, arr := strings.CutSuffix(part, "[]")
		if name != "" {
			out = append(out, name)
		}
		if arr {
			out = append(out, "[]")
		}
	}
	return out
}

// checker is one analyzer's configuration; run does not write it.
type checker struct {
	cat     *catalog.Catalog
	shape   []string // the error body's keys
	codeKey string   // the key of the code
	message string   // the key of the message
	path    []string // where the error object sits in the body, as Reach.Path
	// statusLike is set when every documented error code is a 4xx or 5xx
	// HTTP status (the API puts the status in its bodies): a code below
	// 400 is then a success envelope's ({"code": 200, …}).
	statusLike bool
	// ints and strings say which kinds of code the catalog documents: a
	// code of the other kind is not compared with it.
	ints, strings bool
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
		checker: c,
		pass:    pass,
		rep:     rep,
		values:  jb.Values(),
		seen:    make(map[token.Pos]bool),
	}
	for _, b := range jb.Bodies() {
		if !c.errorBody(b) {
			continue // not an error body
		}
		if reach := b.Reach(); reach == nil || !c.atPath(reach.Path) {
			continue // never reaches the client, or not where the error object goes
		}
		if f := r.file(b.Node.Pos()); f == nil || ast.IsGenerated(f.File) {
			continue // generated code is not the author's to fix
		}
		v, ok := b.Value(c.codeKey)
		if !ok {
			continue // the code is given elsewhere
		}
		code, ok := r.codeOf(v.Expr)
		if !ok {
			continue // not a constant code, or not of a kind the catalog documents
		}
		r.code(b, v, code)
		if c.statusChecked() {
			r.status(b, v, code)
		}
	}
	return nil, nil
}

// atPath reports whether an object at path in the value sent is where
// the documented error object goes: at the documented path, or the value
// itself (a helper may wrap it in the envelope).
func (c *checker) atPath(path []string) bool {
	return len(path) == 0 || slices.Equal(path, c.path)
}

// errorBody reports whether b has the shape of the error body: its code
// field and at least one other field of the shape (a body may leave out
// an optional field such as data).
func (c *checker) errorBody(b *jsonbody.Body) bool {
	if !b.Has([]string{c.codeKey}) {
		return false
	}
	if len(c.shape) == 1 {
		return true
	}
	for _, k := range c.shape {
		if k != c.codeKey && b.Has([]string{k}) {
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
	pass   *analysis.Pass
	rep    *report.Reporter
	values *constval.Values
	seen   map[token.Pos]bool // positions reported, for a local used twice
	consts fiximport.Consts   // the constants fixes may name, by value
}

// A code is an error code as the program writes it.
type code struct {
	catalog.Code
	quoted bool // written as a string ("999", "M_FORBIDDEN")
}

// show writes the code as the program does: 999, "999", "M_FORBIDDEN".
func (c code) show() string {
	if c.quoted {
		return strconv.Quote(c.String())
	}
	return c.String()
}

// codeOf returns the constant code of an expression: an integer, a string
// ("M_FORBIDDEN"; "999" is the integer 999 where the catalog documents
// integer codes), or fmt.Sprint of a constant. It reports false for a
// computed code, and for a code of a kind the catalog does not document.
func (r *reporter) codeOf(e ast.Expr) (code, bool) {
	c := r.values.Const(e)
	if c == nil {
		c = r.sprint(e)
	}
	if c == nil {
		return code{}, false // computed at run time
	}
	switch c.Kind() {
	case constant.Int:
		n, ok := constant.Int64Val(c)
		if !ok || int64(int(n)) != n || !r.ints {
			return code{}, false // beyond any code, or the catalog's codes are strings
		}
		return code{Code: catalog.IntCode(int(n))}, true
	case constant.String:
		s := constant.StringVal(c)
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && r.ints && int64(int(n)) == n {
			return code{Code: catalog.IntCode(int(n)), quoted: true}, true
		}
		if !r.strings || !catalog.ValidStringCode(s) {
			return code{}, false // the catalog's codes are numbers, or not a code's spelling
		}
		return code{Code: catalog.StringCode(s), quoted: true}, true
	}
	return code{}, false // a float, a bool
}

// sprint returns the value of fmt.Sprint(c) or fmt.Sprintf("%v", c) (also
// %s, %d) of a constant c, as a string constant.
func (r *reporter) sprint(e ast.Expr) constant.Value {
	call, ok := r.values.Source(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
		return nil
	}
	var arg ast.Expr
	switch {
	case fn.Name() == "Sprint" && len(call.Args) == 1:
		arg = call.Args[0]
	case fn.Name() == "Sprintf" && len(call.Args) == 2:
		if f, ok := r.values.String(call.Args[0]); ok && (f == "%v" || f == "%s" || f == "%d") {
			arg = call.Args[1]
		}
	}
	if arg == nil {
		return nil
	}
	c := r.values.Const(arg)
	if c == nil {
		return nil
	}
	switch c.Kind() {
	case constant.String:
		return c
	case constant.Int:
		return constant.MakeString(c.ExactString())
	}
	return nil
}

// code checks the code c, given by v, of the error body b.
func (r *reporter) code(b *jsonbody.Body, v jsonbody.Value, c code) {
	e := v.Expr
	if r.seen[e.Pos()] {
		return // reported through another body at the same place
	}
	r.seen[e.Pos()] = true
	if _, ok := r.cat.LookupErrorCode(c.Code); ok {
		r.raw(v, c)
		return
	}
	if n, ok := c.Int(); ok {
		if r.sentWithSuccess(b) || r.successBody(b, e, int64(n)) || r.statusLike && 100 <= n && n < 400 {
			return // a success envelope's code, not an error code
		}
		if !r.statusLike && r.statusEcho(b, e, n) {
			return // the HTTP status repeated in the body
		}
	} else if r.sentWithSuccess(b) {
		return // a success envelope's code
	}
	d := analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(),
		Category: CategoryUndocumented, URL: URL,
		Message: fmt.Sprintf("error code %s is not documented in %s%s", c.show(), r.cat.Describe(), r.nearest(c)),
	}
	if fix, ok := r.meaningFix(b, v, c); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	r.rep.Report(d)
}

// statusEcho reports whether the integer code n at e is the HTTP status
// the body is sent with, or an http.Status constant: {"code": 404,
// "message": "not found"} repeats the status, it is not an error code.
func (r *reporter) statusEcho(b *jsonbody.Body, e ast.Expr, n int) bool {
	if st, ok := r.sentStatus(b); ok && st == n {
		return true
	}
	var id *ast.Ident
	switch x := ast.Unparen(r.values.Source(e)).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return false
	}
	c, ok := r.pass.TypesInfo.Uses[id].(*types.Const)
	return ok && c.Pkg() != nil && c.Pkg().Path() == "net/http" && strings.HasPrefix(c.Name(), "Status")
}

// sentStatus returns the constant status the body b is sent with.
func (r *reporter) sentStatus(b *jsonbody.Body) (int, bool) {
	reach := b.Reach()
	if reach == nil {
		return 0, false
	}
	switch {
	case reach.Status != nil:
		n, ok := r.values.Int(reach.Status)
		return int(n), ok
	case reach.Fixed != 0:
		return reach.Fixed, true
	case reach.Implicit:
		return 200, true
	}
	return 0, false
}

// sentWithSuccess reports whether the body b is sent with a 2xx status
// that the program writes. An implicit 200 (no WriteHeader at all) says
// nothing of what the author meant the body to be.
func (r *reporter) sentWithSuccess(b *jsonbody.Body) bool {
	if reach := b.Reach(); reach == nil || reach.Implicit {
		return false
	}
	n, ok := r.sentStatus(b)
	return ok && 200 <= n && n <= 299
}

// meaningFix returns the fix that replaces the undocumented code of the
// body b with the documented code whose meaning is b's constant message.
func (r *reporter) meaningFix(b *jsonbody.Body, v jsonbody.Value, c code) (analysis.SuggestedFix, bool) {
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
	if !ok || doc.Code.IsString() != c.IsString() {
		return analysis.SuggestedFix{}, false // no documented meaning says it, or a code of another kind
	}
	if r.values.Literal(e) == nil && ast.Unparen(e) != r.values.Source(e) {
		return analysis.SuggestedFix{}, false // a local's value: the fix belongs at its declaration
	}
	f := r.file(e.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return analysis.SuggestedFix{}, false // not the author's to fix
	}
	if _, isCall := ast.Unparen(e).(*ast.CallExpr); isCall {
		return analysis.SuggestedFix{}, false // fmt.Sprint(…): the constant is named inside
	}
	target := v.Type
	if target == nil {
		target = r.pass.TypesInfo.TypeOf(e)
	}
	want := code{Code: doc.Code, quoted: c.quoted}
	text := want.show()
	var edits []analysis.TextEdit
	if name, more, ok := r.namedCode(f, e.Pos(), want, target); ok {
		text, edits = name, more
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %s with %s (%s)", c.show(), text, doc.Meaning),
		TextEdits: append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...),
	}, true
}

// raw reports the literal that gives the documented code c its value,
// with the fix that names it, when the module declares a constant for it.
func (r *reporter) raw(v jsonbody.Value, c code) {
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
	name, edits, ok := r.namedCode(f, lit.Pos(), code{Code: c.Code, quoted: lit.Kind == token.STRING}, target)
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
			return &fiximport.File{File: f, Info: r.pass.TypesInfo, Pkg: r.pass.Pkg, Consts: &r.consts, Fset: r.pass.Fset}
		}
	}
	return nil
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
