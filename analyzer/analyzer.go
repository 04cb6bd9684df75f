// Package analyzer assembles statuslint's passes into a suite.
package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/suite"
)

// Options configure the suite.
type Options struct {
	// Catalog is the API's documented codes; nil means the configuration's
	// (the -catalog flag, the project's statuslint.yaml, or the embedded
	// default).
	Catalog *catalog.Catalog
}

// Suite returns statuslint's passes, configured with opts. Each call returns
// new analyzers, so suites with different catalogs can run side by side.
// Suppression comments, -disable and the config file apply to them as to
// Analyzers'.
func Suite(opts Options) []*analysis.Analyzer { return suite.New(opts.Catalog) }

// Analyzers returns the package-level analyzers of every pass, configured
// by the flags of the config analyzer they require (-catalog, -disable,
// -enable) and by the project's statuslint.yaml: what go vet, nogo, gopls
// and the golangci-lint plugin run. The slice is new; the analyzers are
// shared.
func Analyzers() []*analysis.Analyzer { return suite.Shared() }

// Config is the analyzer every pass requires, which carries the
// configuration. Its flags are -catalog (repeatable), -disable and -enable;
// a host that lifts flags to its own command line (as statuslint does) or
// sets them by analyzer name (nogo's analyzer_flags) sets them here, before
// any analysis runs.
var Config = config.Analyzer
