package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
)

func TestSuiteValidates(t *testing.T) {
	t.Parallel()
	suite := analyzer.Suite(analyzer.Options{})
	if len(suite) == 0 {
		t.Fatal("Suite returned no analyzers")
	}
	if err := analysis.Validate(suite); err != nil {
		t.Fatal(err)
	}
}

// TestSuitesAreIndependent checks that two suites with different catalogs
// share no analyzer, so they can run side by side.
func TestSuitesAreIndependent(t *testing.T) {
	t.Parallel()
	a := analyzer.Suite(analyzer.Options{Catalog: catalog.Default()})
	b := analyzer.Suite(analyzer.Options{Catalog: &catalog.Catalog{}})
	seen := map[*analysis.Analyzer]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if seen[x] {
			t.Errorf("analyzer %s is shared by two suites", x.Name)
		}
	}
}
