// Package analyzer assembles statuslint's passes into a suite.
package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/closecode"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/httpstatus"
	"github.com/statuslint/statuslint/passes/leak5xx"
)

// Options configure the suite.
type Options struct {
	// Catalog is the API's documented codes; nil means the embedded default.
	Catalog *catalog.Catalog
}

// Suite returns statuslint's passes, configured with opts. Each call returns
// new analyzers, so suites with different catalogs can run side by side.
func Suite(opts Options) []*analysis.Analyzer {
	if opts.Catalog == nil {
		opts.Catalog = catalog.Default()
	}
	return []*analysis.Analyzer{
		httpstatus.New(httpstatus.Options{Catalog: opts.Catalog}),
		errorcode.New(errorcode.Options{Catalog: opts.Catalog}),
		closecode.New(closecode.Options{Catalog: opts.Catalog}),
		leak5xx.New(leak5xx.Options{Catalog: opts.Catalog}),
	}
}
