package closecode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

//go:embed doc.go
var doc []byte

// URL is the README section that documents the analyzer.
const URL = "https://github.com/statuslint/statuslint#closecode"

// Categories of the analyzer's diagnostics.
const (
	CategoryRaw          = "raw-close-code"
	CategoryUndocumented = "undocumented-close-code"
	CategoryInvalid      = "invalid-close-code"
	CategoryReason       = "invalid-close-reason"
	CategoryOpcode       = "undocumented-opcode"
	CategoryClientOpcode = "client-opcode"
)

// Options configure one closecode analyzer.
type Options struct {
	// Catalog is what the API documents. Nil means the embedded default.
	Catalog *catalog.Catalog
}

// Analyzer is the closecode analyzer configured by statuslint's flags and
// config file (see internal/config), for go vet, nogo, gopls and
// golangci-lint.
var Analyzer = New(Options{})

// New returns a closecode analyzer for opts. Options left zero come from
// the configuration, as for Analyzer.
func New(opts Options) *analysis.Analyzer {
	c := &checker{cat: opts.Catalog}
	return &analysis.Analyzer{
		Name:     "closecode",
		Doc:      analysisdoc.MustExtract(doc, "closecode"),
		URL:      URL,
		Requires: []*analysis.Analyzer{config.Analyzer, summary.Analyzer},
		Run:      c.run,
		// The payloads helpers build, for the packages that send them.
		FactTypes: []analysis.Fact{new(Frame)},
		// Ill-typed code is read as far as its types go.
		RunDespiteErrors: true,
	}
}

// checker is one analyzer's configuration; run does not write it.
type checker struct {
	cat *catalog.Catalog // nil: the configuration's
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	if failed, err := cfg.Failed(pass.Pkg); failed {
		return nil, err // a bad catalog or config file, reported once a package
	}
	rep := report.New(pass, cfg, "closecode")
	defer rep.Finish()
	if !rep.PassEnabled() {
		return nil, nil // turned off by -disable or the config file
	}
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	if !sum.Relevant() {
		return nil, nil // no sink package in reach
	}
	if cfg.FactsOnly() && summary.InGOROOT(pass) {
		return nil, nil // a dependency in the standard library: it builds no gateway payload
	}
	cat := c.cat
	if cat == nil {
		cat = cfg.Catalog
	}
	insp := sum.Inspector()
	r := &reporter{
		pass: pass,
		rep:  rep,
		cat:  cat,
		sum:  sum,
		ev:   newEvaluator(pass.TypesInfo, sum.Values(), insp),
		seen: make(map[token.Pos]bool),
		ends: newEnds(pass.Pkg, pass.TypesInfo, sum),
	}
	r.frames() // the facts of this package's helpers that build payloads, whatever the catalog
	if cfg.FactsOnly() {
		return nil, nil // a dependency under go vet: only the facts count
	}
	for _, s := range sum.Sites() {
		switch s.Role {
		case sinks.CloseCode:
			r.code(s)
		case sinks.CloseReason:
			r.reason(s)
		case sinks.Message:
			r.message(s)
		}
	}
	return nil, nil
}

// reporter holds what one run needs.
type reporter struct {
	pass *analysis.Pass
	rep  *report.Reporter
	cat  *catalog.Catalog
	sum  *summary.Result
	ev   *evaluator
	seen map[token.Pos]bool // literals and opcode values reported, for a value sent twice
	ends *ends              // which end of its connections the package is
	// consts are the constants fixes may name, by value.
	consts fiximport.Consts
	// The helpers that build payloads (opframe.go), computed once a run.
	frameOf map[*types.Func]*Frame
	tuples  map[*types.Var]*ast.CallExpr
}

// code checks a close code against RFC 6455 and the catalog.
func (r *reporter) code(s summary.Site) {
	v, ok := s.Int(r.ev)
	if !ok {
		return // not a constant: a parameter, a computed value
	}
	if s.Unset.Means(v) {
		r.raw(s, v)
		if s.Unset == sinks.UnsetNoStatus {
			r.droppedReason(s, v)
		}
		return // the library's own close frame without a code (1005 to gorilla, coder), or its 1000 (gws below 1000)
	}
	d := analysis.Diagnostic{Pos: s.Expr.Pos(), End: s.Expr.End(), URL: URL, Category: CategoryInvalid}
	probe := r.inTest(s.Expr.Pos()) // a test's invalid code goes to the code under test: not reported
	if v < 0 || v > 0xFFFF {
		if probe {
			return
		}
		d.Message = fmt.Sprintf("close code %d does not fit in the 16 bits of a close frame (RFC 6455, section 5.5.1)", v)
		if wraps(r.pass.TypesInfo, s) {
			d.Message += fmt.Sprintf(": the library sends it as %d", uint16(v))
		}
		r.withReasonFix(&d, s, v)
		d.Message += s.Elsewhere(r.pass.Fset)
		r.rep.Report(d)
		return // no rule of the 16-bit range applies to it
	}
	name := catalog.CloseCodeName(int(v))
	switch catalog.CheckCloseCode(int(v)) {
	case catalog.CloseOK:
		r.raw(s, v)
		return // a code any endpoint may send
	case catalog.CloseNeverSent:
		d.Message = fmt.Sprintf("close code %d (%s) is never sent in a close frame: it reports a closure locally (RFC 6455, section 7.4.1)", v, name)
	case catalog.CloseClientOnly:
		if r.ends.mayBeClient(r.pass.TypesInfo, s.Call) {
			return // a client's, or the library's for either end
		}
		d.Message = fmt.Sprintf("close code %d (%s) is sent by clients only (RFC 6455, section 7.4.1)", v, name)
	case catalog.CloseInvalid:
		d.Message = fmt.Sprintf("close code %d is not a valid close code: RFC 6455 allows 1000 to 1015 and 3000 to 4999 (section 7.4.2)", v)
	case catalog.CloseUnregistered:
		if _, ok := r.cat.CloseCode(int(v)); ok {
			return // the API documents it
		}
		d.Message = fmt.Sprintf("close code %d is neither registered with IANA (RFC 6455, section 7.4.2) nor documented in %s", v, r.cat.Describe())
	case catalog.ClosePrivate:
		if !r.cat.HasCloseCodes() {
			return // no close-code table to hold it to
		}
		if _, ok := r.cat.CloseCode(int(v)); ok {
			return // documented
		}
		d.Category = CategoryUndocumented
		d.Message = fmt.Sprintf("close code %d is not documented in %s%s", v, r.cat.Describe(), r.nearest(int(v)))
	}
	if probe && d.Category == CategoryInvalid {
		return
	}
	r.withReasonFix(&d, s, v)
	d.Message += s.Elsewhere(r.pass.Fset)
	r.rep.Report(d)
}

// inTest reports whether pos is in a _test.go file. A test sends its close
// codes to the code under test, not to a client: a code there that no
// endpoint may send is the test's probe of what that code does with one
// (c.Close(-1, "") to see it refused).
func (r *reporter) inTest(pos token.Pos) bool {
	f := r.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// droppedReason reports the constant, non-empty reason of a close-code
// site whose code v the library takes for "no code": the frame it sends
// has no body, so the reason never reaches the peer.
func (r *reporter) droppedReason(s summary.Site, v int64) {
	if s.Call == nil {
		return // no call to hold a reason
	}
	for _, o := range r.sum.Call(s.Call) {
		if o.Role != sinks.CloseReason {
			continue // the code itself, or another argument
		}
		if text, ok := r.ev.String(o.Expr); ok && text != "" {
			r.rep.Report(analysis.Diagnostic{
				Pos: o.Expr.Pos(), End: o.Expr.End(), Category: CategoryReason, URL: URL,
				Message: fmt.Sprintf("close reason %q is never sent: with close code %d the library sends a close frame without a code or a reason", text, v),
			})
		}
	}
}

// nearest names the documented close codes around code, for a message.
func (r *reporter) nearest(code int) string {
	below, above, okBelow, okAbove := r.cat.NearestCloseCodes(code)
	describe := func(e catalog.CloseCode) string {
		if e.Name == "" {
			return fmt.Sprint(e.Code)
		}
		return fmt.Sprintf("%d (%s)", e.Code, e.Name)
	}
	switch {
	case okBelow && okAbove:
		return fmt.Sprintf(": the nearest documented codes are %s and %s", describe(below), describe(above))
	case okBelow:
		return fmt.Sprintf(": the nearest documented code is %s", describe(below))
	case okAbove:
		return fmt.Sprintf(": the nearest documented code is %s", describe(above))
	}
	return ""
}

// wraps reports whether the site hands its code straight to a library
// function whose parameter is a plain integer that the library converts
// to uint16 (gorilla and its forks, melody, nbio, x/net): a value out of
// range is sent wrapped. coder/websocket's StatusCode refuses it instead,
// and a uint16 parameter cannot take such a constant at all.
func wraps(info *types.Info, s summary.Site) bool {
	if s.Kind != summary.CallArg || s.Helper {
		return false // a helper may check the value before it reaches the library
	}
	b, ok := types.Unalias(info.TypeOf(s.Expr)).(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// reasonOf returns the constant reason sent in the same call as the
// close-code site s.
func (r *reporter) reasonOf(s summary.Site) (string, bool) {
	if s.Call == nil {
		return "", false
	}
	for _, o := range r.sum.Call(s.Call) {
		if o.Role == sinks.CloseReason {
			return r.ev.String(o.Expr)
		}
	}
	return "", false
}

// withReasonFix attaches to d the fix that sends the documented code
// whose name or meaning is the call's constant reason, when there is one
// and it is not the code v sent.
func (r *reporter) withReasonFix(d *analysis.Diagnostic, s summary.Site, v int64) {
	if s.Const != nil {
		return // the code is returned by a function of another package: no edit here
	}
	reason, ok := r.reasonOf(s)
	if !ok {
		return // no constant reason: the right code would be a guess
	}
	e, ok := r.cat.CloseCodeByReason(reason)
	if !ok || int64(e.Code) == v {
		return // the reason names no documented code, or this one
	}
	if id, ok := ast.Unparen(s.Expr).(*ast.Ident); ok {
		if _, isVar := r.pass.TypesInfo.Uses[id].(*types.Var); isVar {
			return // a variable: its value is set elsewhere, maybe for other uses too
		}
	}
	f := r.file(s.Expr.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return // not in the package's syntax, or not the author's to fix
	}
	target := r.pass.TypesInfo.TypeOf(s.Expr)
	text, edits := r.moduleConst(f, s.Expr.Pos(), e, target)
	if text == "" {
		text = fmt.Sprint(e.Code)
	}
	label := fmt.Sprint(e.Code)
	if e.Name != "" {
		label = fmt.Sprintf("%d (%s)", e.Code, e.Name)
	}
	d.Message += fmt.Sprintf("; the reason %q is documented as %s", reason, label)
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Replace %s with %s", types.ExprString(s.Expr), text),
		TextEdits: append([]analysis.TextEdit{{Pos: s.Expr.Pos(), End: s.Expr.End(), NewText: []byte(text)}}, edits...),
	}}
}

// moduleConst returns the text that names, at pos, a constant of the
// module with the documented code's value whose name ends with the code's
// documented name (DecodeError, CloseDecodeError, DECODE_ERROR for
// "decode error"), with the edits that import it; "" when there is none
// that fits target.
func (r *reporter) moduleConst(f *fiximport.File, pos token.Pos, e catalog.CloseCode, target types.Type) (string, []analysis.TextEdit) {
	want := compact(e.Name)
	if want == "" {
		return "", nil // an unnamed code: no name to look for
	}
	for p := range fiximport.ModulePackages(r.pass.Pkg, fiximport.ModulePath(r.pass)) {
		for _, c := range r.consts.Int(p, int64(e.Code)) {
			name := c.Name()
			if p != r.pass.Pkg && !c.Exported() || !strings.HasSuffix(compact(name), want) {
				continue // not a constant the file can name, or named for something else
			}
			if v, exact := constantInt(c); !exact || v != int64(e.Code) {
				continue // another value
			}
			ref, edits, ok := f.Ref(pos, p.Path(), p.Name(), name)
			if !ok {
				continue // shadowed where the fix goes
			}
			if assignable(c.Type(), target) {
				return ref, edits
			}
			if b, ok := types.Unalias(target).(*types.Basic); ok && types.ConvertibleTo(c.Type(), target) && universal(f, pos, b.Name()) {
				return b.Name() + "(" + ref + ")", edits
			}
		}
	}
	return "", nil
}

// compact folds a name and drops its spaces: "DECODE_ERROR",
// "DecodeError" and "decode error" all give "decodeerror".
func compact(s string) string { return strings.ReplaceAll(catalog.Fold(s), " ", "") }

// assignable reports whether a constant of type t can go where a value of
// type target goes.
func assignable(t, target types.Type) bool {
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return true
	}
	return target == nil || types.AssignableTo(t, target)
}

// universal reports whether name means the predeclared identifier at pos.
func universal(f *fiximport.File, pos token.Pos, name string) bool {
	scope := f.Pkg.Scope()
	if s := scope.Innermost(pos); s != nil {
		scope = s
	}
	_, obj := scope.LookupParent(name, pos)
	return obj == types.Universe.Lookup(name)
}

// raw reports a standard close code written as a literal, with the fix
// that names the library's constant, when the library has one.
func (r *reporter) raw(s summary.Site, v int64) {
	lit := r.sum.Values().Literal(s.Expr)
	if lit == nil || lit.Kind != token.INT || v < 1000 || v > 1015 {
		return // named already, or a registered 3xxx code no library names
	}
	if r.seen[lit.Pos()] {
		return // a local's literal, reported at its first use
	}
	r.seen[lit.Pos()] = true
	f := r.file(lit.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return // not in the package's syntax, or not the author's to fix
	}
	// Replace the literal, or the conversion around it
	// (websocket.StatusCode(1000)), with the constant.
	var at ast.Expr = lit
	if call, ok := ast.Unparen(s.Expr).(*ast.CallExpr); ok && len(call.Args) == 1 && ast.Unparen(call.Args[0]) == lit {
		at = s.Expr
	}
	target := r.pass.TypesInfo.TypeOf(at)
	path, name := r.libraryConst(f, s, v, target)
	if name == "" {
		return // no constant names it: nothing better to write
	}
	pkgName := path[strings.LastIndexByte(path, '/')+1:]
	if p := importedPackage(r.pass.Pkg, path); p != nil {
		pkgName = p.Name()
	}
	text, edits, ok := f.Ref(at.Pos(), path, pkgName, name)
	d := analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: CategoryRaw, URL: URL}
	if !ok {
		d.Message = fmt.Sprintf("raw close code %s: use its named constant", lit.Value)
		r.rep.Report(d)
		return // no name for the package works here: a finding without a fix
	}
	d.Message = fmt.Sprintf("raw close code %s: use %s", lit.Value, text)
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Replace %s with %s", types.ExprString(at), text),
		TextEdits: append([]analysis.TextEdit{{Pos: at.Pos(), End: at.End(), NewText: []byte(text)}}, edits...),
	}}
	r.rep.Report(d)
}

// libraryConst finds the constant of value v that can replace a literal
// of type target: in the sink's own package when the site is a library
// call, else in a WebSocket library the file imports.
func (r *reporter) libraryConst(f *fiximport.File, s summary.Site, v int64, target types.Type) (path, name string) {
	var candidates []*types.Package
	if !s.Helper && s.Callee != nil && s.Callee.Pkg() != nil {
		candidates = append(candidates, s.Callee.Pkg())
	} else {
		for _, lib := range sinks.CloseConsts {
			for _, spec := range f.File.Imports {
				if pn := r.pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() != "_" && pn.Imported().Path() == lib.Path {
					candidates = append(candidates, pn.Imported())
				}
			}
		}
	}
	for _, p := range candidates {
		for _, n := range p.Scope().Names() {
			c, ok := p.Scope().Lookup(n).(*types.Const)
			if !ok || !c.Exported() || !strings.HasPrefix(n, "Close") && !strings.HasPrefix(n, "Status") {
				continue // not a close-code constant of the library
			}
			if cv, exact := constantInt(c); exact && cv == v && assignable(c.Type(), target) {
				return p.Path(), n
			}
		}
	}
	return "", ""
}

// importedPackage returns the package path among pkg's direct imports.
func importedPackage(pkg *types.Package, path string) *types.Package {
	for _, p := range pkg.Imports() {
		if p.Path() == path {
			return p
		}
	}
	return nil
}

// reason checks a constant close reason against the size and encoding of
// a close frame.
func (r *reporter) reason(s summary.Site) {
	val := s.ValueExpr()
	text, ok := s.Text(r.ev)
	if !ok {
		return // not a constant string
	}
	if n := len(text); n > catalog.MaxCloseReason {
		r.rep.Report(analysis.Diagnostic{
			Pos: val.Pos(), End: val.End(), Category: CategoryReason, URL: URL,
			Message: fmt.Sprintf("close reason is %d bytes: a close frame carries at most %d (RFC 6455, section 5.5)", n, catalog.MaxCloseReason) + s.Elsewhere(r.pass.Fset),
		})
	}
	if !utf8.ValidString(text) {
		r.rep.Report(analysis.Diagnostic{
			Pos: val.Pos(), End: val.End(), Category: CategoryReason, URL: URL,
			Message: "close reason is not valid UTF-8 (RFC 6455, section 5.5.1)" + s.Elsewhere(r.pass.Fset),
		})
	}
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
