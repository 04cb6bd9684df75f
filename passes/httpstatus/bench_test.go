package httpstatus_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/benchtest"
	"github.com/statuslint/statuslint/passes/httpstatus"
)

// generate writes a GOPATH tree with one package of n net/http handlers,
// of several shapes, and returns the tree's root.
func generate(b *testing.B, n int) string {
	b.Helper()
	root := b.TempDir()
	var s strings.Builder
	s.WriteString(`package bench

import (
	"encoding/json"
	"net/http"
	"strconv"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"message": err.Error()})
}
`)
	for i := range n {
		fmt.Fprintf(&s, `
func handler%d(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	buf := make([]byte, 512)
	_ = buf
	switch id %% 4 {
	case 0:
		writeJSON(w, http.StatusOK, map[string]int{"id": id})
	case 1:
		http.Error(w, "not found", http.StatusNotFound)
	case 2:
		w.WriteHeader(%d)
	default:
		resp := &http.Response{StatusCode: http.StatusNoContent}
		if resp.StatusCode == http.StatusNoContent || resp.StatusCode >= 500 {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}
}
`, i, []int{200, 201, 404, 409}[i%4])
	}
	benchtest.Write(b, root, "bench/handlers.go", s.String())
	return root
}

// BenchmarkLargePackage compares httpstatus with a no-op analyzer on a
// generated package of 2,000 handlers.
//
// The noop and httpstatus sub-benchmarks time checker.Analyze alone over
// packages loaded once: ns/op is the whole analysis (for httpstatus that
// includes the summary facts of the dependencies it must see, which a
// driver computes once per package and caches), root-ms the part spent on
// the generated package itself.
//
// The ratio sub-benchmark does what a driver does in each iteration: load
// and type-check the packages, then analyze them, once with the no-op
// analyzer and once with httpstatus, interleaved so that the machine's
// load drifts alike for both; it reports the mean times and
// ratio = (load + httpstatus) / (load + noop).
func BenchmarkLargePackage(b *testing.B) {
	root := generate(b, 2000)
	pkgs := benchtest.Load(b, root, "bench")
	pass := httpstatus.New(httpstatus.Options{Catalog: docs()})
	for _, a := range []*analysis.Analyzer{benchtest.Noop, pass} {
		b.Run(a.Name, func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				d, _ := benchtest.Analyze(b, []*analysis.Analyzer{a}, pkgs)
				total += d
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "root-ms")
		})
	}
	b.Run("ratio", func(b *testing.B) {
		var loading, nop, check time.Duration
		for b.Loop() {
			t0 := time.Now()
			pkgs := benchtest.Load(b, root, "bench")
			t1 := time.Now()
			benchtest.Analyze(b, []*analysis.Analyzer{benchtest.Noop}, pkgs)
			t2 := time.Now()
			pkgs = benchtest.Load(b, root, "bench")
			t3 := time.Now()
			benchtest.Analyze(b, []*analysis.Analyzer{pass}, pkgs)
			t4 := time.Now()
			loading += (t1.Sub(t0) + t3.Sub(t2)) / 2
			nop += t2.Sub(t1)
			check += t4.Sub(t3)
		}
		n := float64(b.N)
		b.ReportMetric(float64(loading.Milliseconds())/n, "load-ms")
		b.ReportMetric(float64(nop.Milliseconds())/n, "noop-ms")
		b.ReportMetric(float64(check.Milliseconds())/n, "httpstatus-ms")
		b.ReportMetric(float64(loading+check)/float64(loading+nop), "ratio")
	})
}
