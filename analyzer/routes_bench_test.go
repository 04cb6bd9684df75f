package analyzer_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/benchtest"
)

// generateRoutes adds to the scaling tree of n handlers a package that
// registers every one of them (a ServeMux pattern for the net/http
// handlers, a gin group for the gin ones), and returns the tree and a
// catalog that documents the 2n operations with 200 and 400 each, so that
// the handlers' 404s, 409s and 201s are findings.
func generateRoutes(tb testing.TB, n int) (string, *catalog.Catalog) {
	tb.Helper()
	root := generateScale(tb, n)
	var s strings.Builder
	s.WriteString("package routes\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\n\t\"scale/handlers\"\n)\n\nfunc Routes(mux *http.ServeMux, r *gin.Engine) {\n\tv1 := r.Group(\"/v1\")\n")
	cat := &catalog.Catalog{Sources: []string{"openapi.yaml"},
		HTTP: []catalog.HTTPStatus{{Code: 200, Name: "OK"}, {Code: 400, Name: "Bad Request"}}}
	for i := range n {
		fmt.Fprintf(&s, "\tmux.HandleFunc(\"GET /items/{id}/h%d\", handlers.Handler%d)\n\tv1.GET(\"/items/:id/g%d\", handlers.Gin%d)\n", i, i, i, i)
		cat.Operations = append(cat.Operations,
			catalog.Operation{Method: "GET", Path: fmt.Sprintf("/items/{id}/h%d", i), Statuses: []int{200, 400}},
			catalog.Operation{Method: "GET", Path: fmt.Sprintf("/items/{id}/g%d", i), Base: "/v1", Statuses: []int{200, 400}})
	}
	s.WriteString("}\n")
	benchtest.Write(tb, root, "scale/routes/routes.go", s.String())
	return root, cat
}

// without returns the suite without the pass named name.
func without(suite []*analysis.Analyzer, name string) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range suite {
		if a.Name != name {
			out = append(out, a)
		}
	}
	return out
}

// TestRoutesScaleFindings checks that the generated routes map to the
// operations: the route benchmark measures route mapping at work.
func TestRoutesScaleFindings(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads net/http from source")
	}
	root, cat := generateRoutes(t, 8)
	pkgs := benchtest.Load(t, root, "scale/handlers", "scale/routes")
	suite := analyzer.Suite(analyzer.Options{Catalog: cat})
	_, all := benchtest.Analyze(t, suite, pkgs)
	_, base := benchtest.Analyze(t, without(suite, "opstatus"), pkgs)
	// The handlers are registered in another package, so each status is
	// one finding at the registration: every net/http handler answers 404
	// (by http.Error, and by its default case when i%4 is 2), and its
	// default case 201 or 409 when i%4 is 1 or 3: 3 findings a 2
	// handlers, 12 of 8. The gin handlers answer 200 and 400, documented.
	if all-base != 12 {
		t.Fatalf("opstatus adds %d findings (%d with it, %d without), want 12", all-base, all, base)
	}
}

// BenchmarkRouteMapping measures what opstatus (route mapping and the
// per-operation check) costs: the scaling benchmark's N handlers, each
// registered on a route of its own, and a catalog of 2N operations. It
// reports the suite's analysis time without opstatus and with it, beyond
// a no-op analyzer's, and their ratio:
//
//	go test -run '^$' -bench RouteMapping -benchtime 10x ./analyzer/
func BenchmarkRouteMapping(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			root, cat := generateRoutes(b, n)
			suite := analyzer.Suite(analyzer.Options{Catalog: cat})
			base := without(suite, "opstatus")
			// The packages are loaded once: loading dominates a run, and
			// its garbage would blur the difference measured.
			pkgs := benchtest.Load(b, root, "scale/handlers", "scale/routes")
			var nop, without, with time.Duration
			for b.Loop() {
				t0 := time.Now()
				benchtest.Analyze(b, []*analysis.Analyzer{benchtest.Noop}, pkgs)
				t1 := time.Now()
				benchtest.Analyze(b, base, pkgs)
				t2 := time.Now()
				benchtest.Analyze(b, suite, pkgs)
				t3 := time.Now()
				nop += t1.Sub(t0)
				without += t2.Sub(t1)
				with += t3.Sub(t2)
			}
			iters := float64(b.N)
			b.ReportMetric(float64((without-nop).Milliseconds())/iters, "without-ms")
			b.ReportMetric(float64((with-nop).Milliseconds())/iters, "with-ms")
			b.ReportMetric(float64(with-nop)/float64(without-nop), "ratio")
		})
	}
}
