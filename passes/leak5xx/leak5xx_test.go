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

func TestNetHTTP(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtest.TestData(t), leak5xx.New(leak5xx.Options{Catalog: docs()}), "leak5xx/nethttp")
}
