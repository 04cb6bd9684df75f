package httpstatus_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/httpstatus"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

// docs is the catalog the cases are written against: the reference API's
// statuses, read from docs/status-codes.md.
func docs() *catalog.Catalog {
	return &catalog.Catalog{
		Sources: []string{"docs/status-codes.md"},
		HTTP: []catalog.HTTPStatus{
			{Code: 200, Name: "OK"}, {Code: 201, Name: "Created"}, {Code: 204, Name: "No Content"},
			{Code: 304, Name: "Not Modified"}, {Code: 400, Name: "Bad Request"}, {Code: 401, Name: "Unauthorized"},
			{Code: 403, Name: "Forbidden"}, {Code: 404, Name: "Not Found"}, {Code: 420, Name: "Enhance Your Calm"},
			{Code: 429, Name: "Too Many Requests"},
		},
		HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599}},
	}
}

// TestCases runs every case of the pass's testdata at once (one load of
// the packages and their dependencies), and checks the fixes against the
// .golden files: net/http, gin, echo, fiber, fasthttp, hertz and chi, with
// their labelled negatives; lookalike packages; helpers across packages;
// imports the fixes add; module constants for statuses no library names;
// and code that must not crash the pass.
func TestCases(t *testing.T) {
	t.Parallel()
	a := httpstatus.New(httpstatus.Options{Catalog: docs()})
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, patterns...)
	seen := make(map[string]bool)
	for _, r := range results {
		seen[r.Pass.Pkg.Path()] = true
	}
	for _, pkg := range []string{"nethttp", "gin", "echo", "fiber", "fasthttp", "hertz", "chi",
		"helpers/api", "imports", "calm", "calmown", "crash",
		"errpath/errs", "errpath/echo4", "errpath/echo5", "errpath/fiber2", "errpath/fiber3",
		"flow/apierr", "flow/use", "handled", "declared/use", "probe"} {
		if !seen["httpstatus/"+pkg] {
			t.Errorf("package httpstatus/%s was not analyzed", pkg)
		}
	}
}

// TestNoHTTPSection checks that a catalog without an HTTP section leaves
// undocumented statuses alone and still reports the rest.
func TestNoHTTPSection(t *testing.T) {
	t.Parallel()
	cat := &catalog.Catalog{Sources: []string{"codes.md"}, ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(10001)}}}
	analysistest.Run(t, fixtest.TestData(t), httpstatus.New(httpstatus.Options{Catalog: cat}), "httpstatusnohttp")
}

// TestDefaultCatalog checks that New with no catalog uses the embedded
// default and names it.
func TestDefaultCatalog(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtest.TestData(t), httpstatus.New(httpstatus.Options{}), "httpstatusdefault")
}

// TestAnalyzer checks the analyzer's declaration: valid, named, and
// documented from doc.go.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	a := httpstatus.New(httpstatus.Options{})
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	if a.Name != "httpstatus" || a.URL != "https://github.com/statuslint/statuslint#httpstatus" {
		t.Errorf("Name, URL = %q, %q", a.Name, a.URL)
	}
	if !strings.HasPrefix(a.Doc, "httpstatus: check HTTP statuses") || strings.Contains(a.Doc, "# Analyzer") {
		t.Errorf("Doc does not come from doc.go's section:\n%s", a.Doc)
	}
}
