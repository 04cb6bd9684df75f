package report_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/httpstatus"
)

// TestSuppressions runs httpstatus over testdata/src/suppress: findings
// silenced on their line and the line before, by category and by pass
// name; ignores that silence nothing; a misspelt name. (A directive
// without a reason cannot carry a want comment of its own, which would be
// its reason; the end-to-end tests check that case.)
func TestSuppressions(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, httpstatus.New(httpstatus.Options{Catalog: catalog.Default()}), "suppress")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.URL != "https://github.com/statuslint/statuslint#"+d.Category {
				t.Errorf("%s: URL %q is not its category's", d.Message, d.URL)
			}
		}
	}
}

// TestStatus checks the names messages give statuses: the registry's
// reason phrase, net/http's name for the one it keeps unused, and the
// number alone for a status neither names.
func TestStatus(t *testing.T) {
	for code, want := range map[int]string{
		404: "404 Not Found",
		422: "422 Unprocessable Content", // the registry's phrase, not net/http's "Unprocessable Entity"
		418: "418 I'm a teapot",
		306: "306",
		499: "499",
	} {
		if got := report.Status(code); got != want {
			t.Errorf("Status(%d) = %q, want %q", code, got, want)
		}
	}
}
