// Package suite lists statuslint's passes, for the commands and the
// analyzer package. It links no catalog reader, so that statuslint-vet,
// which go vet starts once per package, starts as fast as a vet tool can.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/closecode"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/httpstatus"
	"github.com/statuslint/statuslint/passes/leak5xx"
	"github.com/statuslint/statuslint/passes/opstatus"
)

// New returns new analyzers of every pass, checking against cat (nil:
// the configuration's catalog).
func New(cat *catalog.Catalog) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		httpstatus.New(httpstatus.Options{Catalog: cat}),
		errorcode.New(errorcode.Options{Catalog: cat}),
		closecode.New(closecode.Options{Catalog: cat}),
		leak5xx.New(leak5xx.Options{Catalog: cat}),
		opstatus.New(opstatus.Options{Catalog: cat}),
	}
}

// Shared returns the package-level analyzer of every pass, in the order
// of New. The slice is new; the analyzers are shared.
func Shared() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		httpstatus.Analyzer,
		errorcode.Analyzer,
		closecode.Analyzer,
		leak5xx.Analyzer,
		opstatus.Analyzer,
	}
}
