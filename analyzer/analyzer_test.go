package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

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

// TestFastPath checks that nothing in the suite requires inspect.Analyzer,
// which would build an inspector for every package go vet visits, the
// standard library included: the shared summary builds one only for a
// package that has a sink package in reach.
func TestFastPath(t *testing.T) {
	t.Parallel()
	seen := map[*analysis.Analyzer]bool{}
	var visit func(path []string, as []*analysis.Analyzer)
	visit = func(path []string, as []*analysis.Analyzer) {
		for _, a := range as {
			p := append(path[:len(path):len(path)], a.Name)
			if a == inspect.Analyzer {
				t.Errorf("%s requires inspect.Analyzer", strings.Join(p, " → "))
			}
			if !seen[a] {
				seen[a] = true
				visit(p, a.Requires)
			}
		}
	}
	visit(nil, analyzer.Suite(analyzer.Options{}))
}
