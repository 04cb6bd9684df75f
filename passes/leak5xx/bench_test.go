package leak5xx_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/benchtest"
)

// generate writes a GOPATH tree with one package of n net/http handlers
// that write error text, logged errors and documented bodies through
// helpers, and returns the tree's root.
func generate(b *testing.B, n int) string {
	b.Helper()
	root := b.TempDir()
	dir := filepath.Join(root, "src", "bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var s strings.Builder
	s.WriteString(`package bench

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"message": err.Error(), "report": "r"})
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
	msg := "internal error"
	switch id %% 4 {
	case 0:
		writeJSON(w, http.StatusOK, map[string]int{"id": id})
	case 1:
		log.Printf("id %%d: %%v", id, err)
		http.Error(w, msg, http.StatusInternalServerError)
	case 2:
		for j := 0; j < id; j++ {
			msg = fmt.Sprint(j)
		}
		w.WriteHeader(%d)
		fmt.Fprint(w, msg)
	default:
		fail(w, %d, err)
	}
}
`, i, []int{200, 500, 404, 502}[i%4], []int{400, 500, 422, 503}[i%4])
	}
	if err := os.WriteFile(filepath.Join(dir, "handlers.go"), []byte(s.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

// BenchmarkLargePackage compares the suite with and without leak5xx on a
// generated package of 2,000 handlers.
//
// The without and with sub-benchmarks time checker.Analyze alone over
// packages loaded once (ns/op the whole analysis, dependencies' facts
// included; root-ms the part spent on the generated package). The ratio
// sub-benchmark does what a driver does in each iteration: load and
// type-check the packages, then analyze them, once with each suite,
// interleaved so that the machine's load drifts alike for both; it
// reports ratio = (load + with) / (load + without).
func BenchmarkLargePackage(b *testing.B) {
	root := generate(b, 2000)
	pkgs := benchtest.Load(b, root, "bench")
	with := analyzer.Suite(analyzer.Options{})
	var without []*analysis.Analyzer
	for _, a := range analyzer.Suite(analyzer.Options{}) {
		if a.Name != "leak5xx" {
			without = append(without, a)
		}
	}
	for _, s := range []struct {
		name string
		as   []*analysis.Analyzer
	}{{"without", without}, {"with", with}} {
		b.Run(s.name, func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				d, _ := benchtest.Analyze(b, s.as, pkgs)
				total += d
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "root-ms")
		})
	}
	b.Run("ratio", func(b *testing.B) {
		var loading, base, check time.Duration
		for b.Loop() {
			t0 := time.Now()
			pkgs := benchtest.Load(b, root, "bench")
			t1 := time.Now()
			benchtest.Analyze(b, without, pkgs)
			t2 := time.Now()
			pkgs = benchtest.Load(b, root, "bench")
			t3 := time.Now()
			benchtest.Analyze(b, with, pkgs)
			t4 := time.Now()
			loading += (t1.Sub(t0) + t3.Sub(t2)) / 2
			base += t2.Sub(t1)
			check += t4.Sub(t3)
		}
		n := float64(b.N)
		b.ReportMetric(float64(loading.Milliseconds())/n, "load-ms")
		b.ReportMetric(float64(base.Milliseconds())/n, "without-ms")
		b.ReportMetric(float64(check.Milliseconds())/n, "with-ms")
		b.ReportMetric(float64(loading+check)/float64(loading+base), "ratio")
	})
}
