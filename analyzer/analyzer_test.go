package analyzer_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/passes/closecode"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/httpstatus"
	"github.com/statuslint/statuslint/passes/leak5xx"
	"github.com/statuslint/statuslint/passes/opstatus"
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

// TestCategoriesRegistered checks that every category a pass reports over
// its testdata is in the configuration's table, under that pass, so that
// -disable, the config file and suppression comments know it.
func TestCategoriesRegistered(t *testing.T) {
	t.Parallel()
	want := map[string][]string{
		"httpstatus": {httpstatus.CategoryRaw, httpstatus.CategoryUndocumented, httpstatus.CategoryInvalid},
		"errorcode":  {errorcode.CategoryUndocumented, errorcode.CategoryStatus, errorcode.CategoryRaw, errorcode.CategoryCodeStatus},
		"closecode": {closecode.CategoryUndocumented, closecode.CategoryInvalid, closecode.CategoryReason,
			closecode.CategoryRaw, closecode.CategoryOpcode, closecode.CategoryClientOpcode},
		"leak5xx":  {leak5xx.CategoryError, leak5xx.CategoryStack, leak5xx.CategoryShape},
		"opstatus": {opstatus.CategoryUndocumented, opstatus.CategoryUnsent},
	}
	got := map[string][]string{}
	for _, p := range config.Passes {
		for _, c := range p.Categories {
			got[p.Name] = append(got[p.Name], c.Name)
		}
	}
	for name, cats := range want {
		slices.Sort(cats)
		slices.Sort(got[name])
		if !slices.Equal(cats, got[name]) {
			t.Errorf("%s: config.Passes lists %v, the pass declares %v", name, got[name], cats)
		}
	}
	for _, a := range analyzer.Analyzers() {
		if _, ok := want[a.Name]; !ok {
			t.Errorf("analyzer %s has no row in config.Passes", a.Name)
		}
	}
}

// TestAnalyzersShareConfig checks that the package-level analyzers require
// the one config analyzer, so that its flags reach all of them.
func TestAnalyzersShareConfig(t *testing.T) {
	t.Parallel()
	for _, a := range append(analyzer.Analyzers(), analyzer.Suite(analyzer.Options{})...) {
		if !slices.Contains(a.Requires, analyzer.Config) {
			t.Errorf("%s does not require analyzer.Config", a.Name)
		}
	}
	if err := analysis.Validate(analyzer.Analyzers()); err != nil {
		t.Fatal(err)
	}
}
