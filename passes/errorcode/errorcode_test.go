package errorcode_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

// docs is the catalog the cases are written against: the reference API's
// page (the embedded default), as read from docs/status-codes.md.
func docs() *catalog.Catalog {
	c := catalog.Default()
	c.Sources = []string{"docs/status-codes.md"}
	return c
}

// TestCases runs the cases of every framework, the helpers across
// packages, the status-mismatch cases and the does-not-crash file at once,
// and checks the fixes against the .golden files.
func TestCases(t *testing.T) {
	t.Parallel()
	a := errorcode.New(errorcode.Options{Catalog: docs()})
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, patterns...)
	seen := make(map[string]bool)
	for _, r := range results {
		seen[r.Pass.Pkg.Path()] = true
	}
	for _, pkg := range []string{"nethttp", "gin", "echo", "fiber", "chi", "hertz", "helpers/api", "status", "crash"} {
		if !seen["errorcode/"+pkg] {
			t.Errorf("package errorcode/%s was not analyzed", pkg)
		}
	}
}

// TestPatternsCoverTestdata checks that every case package is run: by
// patterns, or by the test with its own catalog.
func TestPatternsCoverTestdata(t *testing.T) {
	t.Parallel()
	root := filepath.Join(fixtest.TestData(t), "src", "errorcode")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		p := "errorcode/" + e.Name()
		if p == "errorcode/statuslike" || p == "errorcode/envelope" || shapeCase(p) || slices.Contains(patterns, p) || slices.Contains(patterns, p+"/...") {
			continue
		}
		t.Errorf("%s is not in patterns", p)
	}
}
