package leak5xx_test

import (
	"testing"

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
		ServerErrorShape: []string{"message", "report"},
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
	for _, pkg := range []string{"nethttp", "gin", "echo", "echodebug", "fiber", "fiberdefault", "fibercustom", "chi", "fasthttp", "hertz", "helpers/api", "helpers/respond", "peer", "crash"} {
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
