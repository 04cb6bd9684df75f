package config_test

import (
	"slices"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/config"
)

// TestAnalyzerIsTheSuites checks that the exported analyzer is the one
// every pass requires, so that flags nogo sets on it reach the passes,
// and that it has the flags nogo_config.json names.
func TestAnalyzerIsTheSuites(t *testing.T) {
	t.Parallel()
	if config.Analyzer.Name != "statuslint" {
		t.Errorf("Name = %q, want statuslint (the nogo_config.json key)", config.Analyzer.Name)
	}
	for _, a := range analyzer.Analyzers() {
		if !slices.Contains(a.Requires, config.Analyzer) {
			t.Errorf("%s does not require config.Analyzer", a.Name)
		}
	}
	for _, name := range []string{"catalog", "disable", "enable"} {
		if config.Analyzer.Flags.Lookup(name) == nil {
			t.Errorf("config.Analyzer has no -%s flag", name)
		}
	}
}
