package httpstatus

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

//go:embed doc.go
var doc []byte

// URL is the README section that documents the analyzer.
const URL = "https://github.com/statuslint/statuslint#httpstatus"

// Categories of the analyzer's diagnostics.
const (
	CategoryRaw          = "raw-status"
	CategoryUndocumented = "undocumented-status"
	CategoryInvalid      = "invalid-status"
)

// Options configure one httpstatus analyzer.
type Options struct {
	// Catalog is what the API documents. Nil means the embedded default.
	Catalog *catalog.Catalog
}

// Analyzer is the httpstatus analyzer configured by statuslint's flags and
// config file (see internal/config), for go vet, nogo, gopls and
// golangci-lint.
var Analyzer = New(Options{})

// New returns an httpstatus analyzer for opts. Options left zero come from
// the configuration, as for Analyzer.
func New(opts Options) *analysis.Analyzer {
	c := &checker{cat: opts.Catalog}
	return &analysis.Analyzer{
		Name:     "httpstatus",
		Doc:      analysisdoc.MustExtract(doc, "httpstatus"),
		URL:      URL,
		Requires: []*analysis.Analyzer{config.Analyzer, summary.Analyzer},
		Run:      c.run,
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
	rep := report.New(pass, cfg, "httpstatus")
	defer rep.Finish()
	if !rep.PassEnabled() {
		return nil, nil // turned off by -disable or the config file
	}
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	if !sum.Relevant() {
		return nil, nil // no sink package in reach
	}
	cat := c.cat
	if cat == nil {
		cat = cfg.Catalog
	}
	r := reporter{pass: pass, rep: rep, cat: cat, vals: sum.Values()}
	for _, s := range sum.Sites() {
		if s.Role != sinks.Status && s.Role != sinks.StatusRead {
			continue // a close code, a body: other passes' business
		}
		r.site(s)
	}
	return nil, nil
}

// reporter holds what one run needs.
type reporter struct {
	pass *analysis.Pass
	rep  *report.Reporter
	cat  *catalog.Catalog
	vals *constval.Values
	raw  map[token.Pos]bool // literals reported, for a local used twice
	// consts are the constants fixes may name, by value.
	consts fiximport.Consts
}

func (r *reporter) site(s summary.Site) {
	val := s.ValueExpr()
	code, ok := s.Int(r.vals)
	if !ok {
		return // not a constant: a parameter, a computed value
	}
	if code == 0 && (s.Kind != summary.CallArg || s.Role == sinks.StatusRead) {
		return // the zero value: a status not set yet, checked or reset
	}
	if s.Unset.Means(code) {
		return // the framework's own "no status": gin's -1, fasthttp's 0
	}
	if code < 100 || code > 599 {
		if r.inTest(val.Pos()) {
			return // a test's probe of the code under test, sent to no client
		}
		r.rep.Report(analysis.Diagnostic{
			Pos: val.Pos(), End: val.End(),
			Category: CategoryInvalid, URL: URL,
			Message: fmt.Sprintf("%d is not an HTTP status: statuses are 100 to 599", code) + s.Elsewhere(r.pass.Fset),
		})
		return // neither a constant nor a document can name it
	}
	if lit := r.vals.Literal(val); lit != nil && lit.Kind == token.INT && s.Const == nil {
		r.rawLiteral(lit, code)
	}
	if s.Role == sinks.Status && r.cat.HasHTTP() && !r.cat.StatusDocumented(int(code)) {
		r.rep.Report(analysis.Diagnostic{
			Pos: val.Pos(), End: val.End(),
			Category: CategoryUndocumented, URL: URL,
			Message: fmt.Sprintf("status %s is not documented in %s", report.Status(int(code)), r.cat.Describe()) + s.Elsewhere(r.pass.Fset),
		})
	}
}

// rawLiteral reports the literal lit of a status, with the fix that names
// it, when some package names it.
func (r *reporter) rawLiteral(lit *ast.BasicLit, code int64) {
	if r.raw[lit.Pos()] {
		return // a local's literal, reported at its first use
	}
	if r.raw == nil {
		r.raw = make(map[token.Pos]bool)
	}
	r.raw[lit.Pos()] = true
	f := r.file(lit.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return // not in the package's syntax, or not the author's to fix
	}
	target := r.pass.TypesInfo.Types[lit].Type
	module := fiximport.ModulePath(r.pass)
	if !f.HasStatusConst(code, target, module) {
		return // no constant names it: nothing better to write
	}
	d := analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(),
		Category: CategoryRaw, URL: URL,
	}
	name := report.Status(int(code))
	if lit.Value != fmt.Sprint(code) {
		name = fmt.Sprintf("%s (%s)", lit.Value, name) // 0x194 (404 Not Found)
	}
	text, edits, ok := f.StatusConst(lit.Pos(), code, target, module)
	if ok {
		d.Message = fmt.Sprintf("raw status %s: use %s", name, text)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %s with %s", lit.Value, text),
			TextEdits: append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}}, edits...),
		}}
	} else {
		d.Message = fmt.Sprintf("raw status %s: use its named constant", name)
	}
	r.rep.Report(d)
}

// inTest reports whether pos is in a _test.go file. A test sends its
// statuses to the code under test, not to a client: a value there that is
// no status is the test's probe of what that code does with one
// (w.WriteHeader(-1) to see it ignored, rec.Code = 1 as a marker that
// nothing was written, http.Response{StatusCode: 7} to see how it is
// printed).
func (r *reporter) inTest(pos token.Pos) bool {
	f := r.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
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
