package leak5xx_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/leak5xx"
)

// docs is the catalog the cases are written against: the reference API's
// 5xx body, read from docs/status-codes.md.
func docs() *catalog.Catalog {
	return &catalog.Catalog{
		Sources:          []string{"docs/status-codes.md"},
		HTTPRanges:       []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599}},
		ServerErrorShape: catalog.Shape{Fields: []string{"message", "report"}, Message: "message"},
	}
}

// TestCases runs every case of the pass's testdata at once: net/http,
// gin, echo (with and without Debug), fiber (in a package without the app,
// with the default error handler, with a custom one), chi render,
// fasthttp and hertz, with their labelled negatives.
func TestCases(t *testing.T) {
	t.Parallel()
	a := leak5xx.New(leak5xx.Options{Catalog: docs(), Helper: helper})
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, patterns...)
	seen := make(map[string]bool)
	for _, r := range results {
		seen[r.Pass.Pkg.Path()] = true
	}
	for _, pkg := range []string{"nethttp", "gin", "echo", "echodebug", "fiber", "fiberdefault", "fibercustom", "fibertest", "chi", "fasthttp", "hertz", "helpers/api", "helpers/respond", "helpers/byfacts", "peer", "crash", "chain"} {
		if !seen["leak5xx/"+pkg] {
			t.Errorf("package leak5xx/%s was not analyzed", pkg)
		}
	}
}

// helper is the testdata's documented-shape helper, which fixes call where
// a package imports it.
const helper = "leak5xx/helpers/respond.Internal"

// patterns are every package of the pass's testdata.
var patterns = []string{"leak5xx/..."}

// TestNoShape checks that a catalog without a 5xx shape leaves the shape
// alone and still reports error text.
func TestNoShape(t *testing.T) {
	t.Parallel()
	cat := &catalog.Catalog{Sources: []string{"codes.md"}, HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599}}}
	analysistest.Run(t, fixtest.TestData(t), leak5xx.New(leak5xx.Options{Catalog: cat}), "leak5xxnoshape")
}

// TestDefaultCatalog checks that New with no catalog uses the embedded
// default, with its {message, report} shape, and names it.
func TestDefaultCatalog(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtest.TestData(t), leak5xx.New(leak5xx.Options{}), "leak5xxdefault")
}

// TestAnalyzer checks the analyzer's declaration: valid, named, documented
// from doc.go, with its -helper flag.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	a := leak5xx.New(leak5xx.Options{Helper: "example.com/api/respond.Internal"})
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	if a.Name != "leak5xx" || a.URL != "https://github.com/statuslint/statuslint#leak5xx" {
		t.Errorf("Name, URL = %q, %q", a.Name, a.URL)
	}
	if !strings.HasPrefix(a.Doc, "leak5xx: check that 5xx bodies") {
		t.Errorf("Doc = %q, want doc.go's summary line", a.Doc)
	}
	f := a.Flags.Lookup("helper")
	if f == nil || f.Value.String() != "example.com/api/respond.Internal" {
		t.Fatalf("helper flag = %v", f)
	}
	for _, bad := range []string{"respond", "example.com/api/", "example.com/api.", "example.com/api.1x", "a.b/c"} {
		if err := f.Value.Set(bad); err == nil {
			t.Errorf("Set(%q) = nil, want an error", bad)
		}
	}
	if err := f.Value.Set("example.com/api.Fail"); err != nil || f.Value.String() != "example.com/api.Fail" {
		t.Errorf("Set(example.com/api.Fail) = %v, %q", err, f.Value.String())
	}
}

// TestBadHelperOption checks that New refuses a -helper that is not
// pkgpath.Func, as it would on the command line.
func TestBadHelperOption(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("New accepted the helper \"nodot\"")
		}
	}()
	leak5xx.New(leak5xx.Options{Helper: "nodot"})
}

// TestHelperByFacts checks that, without -helper, a fix calls the one
// function of the module whose facts say it writes the documented body.
func TestHelperByFacts(t *testing.T) {
	t.Parallel()
	a := leak5xx.New(leak5xx.Options{Catalog: docs()})
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, "leak5xx/helpers/byfacts")
}
