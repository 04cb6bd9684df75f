package leak5xx

import (
	_ "embed"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

//go:embed doc.go
var doc []byte

// URL is the README section that documents the analyzer.
const URL = "https://github.com/statuslint/statuslint#leak5xx"

// Categories of the analyzer's diagnostics.
const (
	CategoryError = "leaked-error"
	CategoryStack = "leaked-stack"
	CategoryShape = "undocumented-5xx-body"
)

// Options configure one leak5xx analyzer.
type Options struct {
	// Catalog is what the API documents. Nil means the configuration's
	// (-catalog, statuslint.yaml, or the embedded default).
	Catalog *catalog.Catalog
	// Helper names the module's function that answers a 5xx with the
	// documented body and logs the error, as "pkgpath.Func"; a fix calls
	// it instead of writing the status text. Empty means none is named
	// (the pass still finds one by its facts).
	Helper string
}

// Analyzer is leak5xx configured by the configuration analyzer's flags and
// the project's statuslint.yaml, and by its own -helper flag.
var Analyzer = New(Options{})

// New returns a leak5xx analyzer for opts. Options left zero come from
// the configuration, as for Analyzer: the catalog, and the helper from
// -helper or the config file's `leak5xx: {helper: pkgpath.Func}`; a value
// that is not pkgpath.Func is a flag error (and, in the file, an error of
// the run).
func New(opts Options) *analysis.Analyzer {
	c := &checker{cat: opts.Catalog}
	a := &analysis.Analyzer{
		Name:      "leak5xx",
		Doc:       analysisdoc.MustExtract(doc, "leak5xx"),
		URL:       URL,
		Requires:  []*analysis.Analyzer{config.Analyzer, summary.Analyzer, jsonbody.Analyzer},
		Run:       c.run,
		FactTypes: []analysis.Fact{new(Leaks), new(MethodLeaks), new(Helpers)},
		// Ill-typed code is read as far as its types go.
		RunDespiteErrors: true,
	}
	if err := c.helper.Set(opts.Helper); err != nil {
		panic("leak5xx: " + err.Error()) // a program's own mistake, as regexp.MustCompile
	}
	a.Flags.Var(&c.helper, "helper", "the module's function (pkgpath.Func) that answers a 5xx with the documented body; fixes call it")
	return a
}

// serverShapeFields returns the JSON field names of the catalog's
// documented 5xx body, or nil when the catalog documents none. It is the
// one place where the pass reads the catalog's 5xx shape.
func serverShapeFields(cat *catalog.Catalog) []string {
	return cat.ServerErrorShape.Fields
}

// helperName is the value of the -helper flag: a package path and a
// function name.
type helperName struct{ pkg, name string }

var _ flag.Value = (*helperName)(nil)

func (h *helperName) String() string {
	if h == nil || h.name == "" {
		return ""
	}
	return h.pkg + "." + h.name
}

// Set reads pkgpath.Func; the function is after the last dot that follows
// the last slash.
func (h *helperName) Set(s string) error {
	if s == "" {
		*h = helperName{}
		return nil
	}
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s, ".")
	if dot <= slash+1 || dot == len(s)-1 || !token.IsIdentifier(s[dot+1:]) {
		return fmt.Errorf("helper %q is not pkgpath.Func", s)
	}
	*h = helperName{s[:dot], s[dot+1:]}
	return nil
}

// checker is one analyzer's configuration; run does not write it once
// the flags are parsed.
type checker struct {
	cat    *catalog.Catalog
	shape  []string
	helper helperName
}

// sinkPackages are the packages whose import makes a package worth
// walking: the sink table's and the body writers'.
var sinkPackages = func() map[string]bool {
	m := make(map[string]bool)
	for _, r := range sinks.Table {
		if r.Role == sinks.Body || r.Role == sinks.Status {
			m[r.Pkg] = true
		}
	}
	for _, t := range sinks.BodyWriters {
		m[t.Pkg] = true
	}
	return m
}()

func (c *checker) run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	if failed, err := cfg.Failed(pass.Pkg); failed {
		return nil, err // a bad catalog or config file, reported once a package
	}
	rep := report.New(pass, cfg, "leak5xx")
	defer rep.Finish()
	if !rep.PassEnabled() {
		return nil, nil // turned off by -disable or the config file
	}
	// This run's configuration: the options, else the configuration's.
	rc := *c
	if rc.cat == nil {
		rc.cat = cfg.Catalog
	}
	rc.shape = serverShapeFields(rc.cat)
	if rc.helper.name == "" {
		if v, ok := cfg.Option("leak5xx", "helper"); ok {
			if err := rc.helper.Set(v); err != nil {
				return nil, fmt.Errorf("%s: leak5xx: %v", cfg.File, err)
			}
		}
	}
	c = &rc
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	if !sum.Relevant() {
		return nil, nil // no sink package in reach
	}
	if summary.InGOROOT(pass) {
		return nil, nil // the standard library's writers are the sink tables' rows: no facts needed from it
	}
	if !c.reaches(pass) {
		return nil, nil // neither a sink package nor a leak helper imported: no body is written here
	}
	w := newWalker(c, pass, sum, pass.ResultOf[jsonbody.Analyzer].(*jsonbody.Result))
	w.rep = rep
	w.run()
	return nil, nil
}

// reaches reports whether the package imports a body or status sink
// package, or a package with a helper that writes a body (the Helpers
// fact), directly: a package that imports neither writes no response
// body of its own.
func (c *checker) reaches(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if sinkPackages[imp.Path()] || pass.ImportPackageFact(imp, new(Helpers)) {
			return true
		}
	}
	return false
}

// Leaks is the fact on a function whose parameters reach a response body,
// or whose results carry an error's text, a stack or a panic value (or,
// for an error result, carry none where a caller would assume one).
type Leaks struct {
	Body    []BodyParam
	Results []Taint // nil: the default (an error result is some error's text)
	// Documented is set on a function that writes a 5xx body of the
	// catalog's shape and not its error parameter's text, and takes
	// only a response writer, a request, an error and a status: the
	// module's documented-shape helper, which fixes call.
	Documented bool
	// Shapes are the JSON body literals the function writes with a status
	// its caller decides: checked against the 5xx shape at each call.
	Shapes []BodyShape
}

// BodyShape is a JSON body literal a helper writes, with its keys, and
// the status of that response.
type BodyShape struct {
	Status StatusSpec
	Keys   []string
}

// AFact marks Leaks as an analysis fact.
func (*Leaks) AFact() {}

func (f *Leaks) String() string {
	var parts []string
	for _, b := range f.Body {
		parts = append(parts, b.String())
	}
	for i, r := range f.Results {
		parts = append(parts, fmt.Sprintf("result%d:%s", i, r))
	}
	if f.Documented {
		parts = append(parts, "documented")
	}
	for _, b := range f.Shapes {
		parts = append(parts, fmt.Sprintf("{%s}@%s", strings.Join(b.Keys, ","), b.Status))
	}
	return "leaks(" + strings.Join(parts, ", ") + ")"
}

// MethodLeaks is the fact on a named type whose methods have Leaks: the
// methods' names, sorted, and their Leaks. A method's summary is kept on
// its type, one fact a type, and not on the method: the facts of methods
// and types are copied into the facts of every package above them, and a
// generated package's hundreds of setters (Kubernetes' apply
// configurations) were read again by every package that imports one of
// its importers.
type MethodLeaks struct {
	Names []string
	Leaks []Leaks
}

// AFact marks MethodLeaks as an analysis fact.
func (*MethodLeaks) AFact() {}

func (f *MethodLeaks) String() string {
	parts := make([]string, len(f.Names))
	for i, name := range f.Names {
		parts[i] = name + ": " + f.Leaks[i].String()
	}
	return "methods(" + strings.Join(parts, "; ") + ")"
}

// lookup returns the Leaks of method name, or nil.
func (f *MethodLeaks) lookup(name string) *Leaks {
	if i, ok := slices.BinarySearch(f.Names, name); ok {
		return &f.Leaks[i]
	}
	return nil
}

// Helpers is the package fact of a package some of whose functions write
// a response body (a Leaks fact with Body, Shapes or Documented):
// importing it makes a package worth walking, as importing a sink
// package does. Facts on results alone do not: they matter to a caller
// that writes a body, which is walked for that. They used to count, and
// a generated protobuf package's methods all have one (their errors
// carry no other error's text), so every package above Kubernetes' API
// types was walked and exported its own: 57 MB of facts over go-zero's
// build where 20 MB now do.
type Helpers struct{}

// AFact marks Helpers as an analysis fact.
func (*Helpers) AFact() {}

func (*Helpers) String() string { return "leakhelpers" }

// BodyParam says that parameter Index (receiver excluded) reaches a
// response body: its value, or with Text its text (an error's Error(),
// a value formatted); with Encode the body is encoded (JSON, XML), so an
// error value there shows as {}. Status is the status of that response.
type BodyParam struct {
	Index  int
	Text   bool
	Encode bool
	Status StatusSpec
}

func (b BodyParam) String() string {
	s := fmt.Sprintf("%d:body", b.Index)
	if b.Text {
		s += "-text"
	}
	if b.Encode {
		s += "-encoded"
	}
	return s + "@" + b.Status.String()
}

// StatusSpec is the status of a response a helper writes: a constant, one
// of its parameters, the status its caller set before the call, or
// unknown.
type StatusSpec struct {
	Kind  StatusKind
	Value int // the status (SpecConst) or the parameter index (SpecParam)
}

// StatusKind says what a StatusSpec holds.
type StatusKind uint8

const (
	// SpecInherit is a body written without a status on its path: the
	// status is whatever the caller set before.
	SpecInherit StatusKind = iota
	// SpecConst is a constant status.
	SpecConst
	// SpecParam is the status passed as parameter Value.
	SpecParam
	// SpecUnknown is a status the pass cannot compute.
	SpecUnknown
)

func (s StatusSpec) String() string {
	switch s.Kind {
	case SpecConst:
		return fmt.Sprint(s.Value)
	case SpecParam:
		return fmt.Sprintf("param%d", s.Value)
	case SpecInherit:
		return "caller"
	}
	return "unknown"
}

// isError reports whether t is the error interface.
func isError(t types.Type) bool {
	return t != nil && types.Identical(t, errorType)
}

var errorType = types.Universe.Lookup("error").Type()
