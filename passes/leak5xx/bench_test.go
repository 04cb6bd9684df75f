package leak5xx_test

import (
	"fmt"
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
	benchtest.Write(b, root, "bench/handlers.go", s.String())
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

// BenchmarkGenerated times leak5xx on code like protobuf's generated
// Unmarshal methods, which are most of what go vet hands the suite in
// modules that import Kubernetes or etcd: a loop round a switch of many
// cases, each with loops and variables of its own, and a String method
// calling the next type's. The package writes no response, but imports
// one with leak facts, so it is walked.
func BenchmarkGenerated(b *testing.B) {
	root := b.TempDir()
	var s strings.Builder
	// gen/meta, like apimachinery for Kubernetes' types, imports
	// net/http and has a function whose result carries an error's text:
	// the packages that import it are walked for their own such functions.
	benchtest.Write(b, root, "gen/meta/meta.go", `package meta

import "net/http"

func Describe(err error) string { return "meta: " + err.Error() }

func Code(r *http.Response) int { return r.StatusCode }
`)
	s.WriteString("package gen\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\n\t\"gen/meta\"\n)\n\nvar _ = meta.Describe\n")
	const types, fields = 20, 100
	for t := range types {
		fmt.Fprintf(&s, "\ntype M%d struct {\n\tNext *M%d\n", t, t+1)
		for f := range fields {
			fmt.Fprintf(&s, "\tF%d string\n", f)
		}
		fmt.Fprintf(&s, "}\n\nfunc (m *M%d) String() string { return fmt.Sprint(m.F0) + m.Next.String() }\n", t)
		fmt.Fprintf(&s, `
func (m *M%d) Unmarshal(data []byte) error {
	l := len(data)
	i := 0
	for i < l {
		var wire uint64
		for shift := uint(0); ; shift += 7 {
			if i >= l {
				return errors.New("unexpected EOF")
			}
			b := data[i]
			i++
			wire |= uint64(b&0x7F) << shift
			if b < 0x80 {
				break
			}
		}
		field := int32(wire >> 3)
		switch field {
`, t)
		for f := range fields {
			fmt.Fprintf(&s, `		case %d:
			var n int
			for shift := uint(0); ; shift += 7 {
				b := data[i]
				i++
				n |= int(b&0x7F) << shift
				if b < 0x80 {
					break
				}
			}
			end := i + n
			if end > l {
				return fmt.Errorf("field %d: length %%d", n)
			}
			key, value := "", ""
			for i < end {
				sub := data[i] >> 3
				i++
				switch sub {
				case 1:
					k := string(data[i : i+1])
					key = k
				case 2:
					v := string(data[i : i+1])
					value = v
				default:
					skip := int(data[i])
					i += skip
				}
				i++
			}
			m.F%d = key + value
			i = end
`, f+1, f, f)
		}
		s.WriteString("\t\tdefault:\n\t\t\treturn fmt.Errorf(\"unknown field %d\", field)\n\t\t}\n\t}\n\treturn nil\n}\n")
	}
	fmt.Fprintf(&s, "\ntype M%d struct{}\n\nfunc (*M%d) String() string { return \"\" }\n", types, types)
	benchtest.Write(b, root, "gen/gen.go", s.String())
	pkgs := benchtest.Load(b, root, "gen")
	var as []*analysis.Analyzer
	for _, a := range analyzer.Suite(analyzer.Options{}) {
		if a.Name == "leak5xx" {
			as = append(as, a) // with what it requires: summary, jsonbody
		}
	}
	var spent time.Duration
	for b.Loop() {
		d, _ := benchtest.Analyze(b, as, pkgs)
		spent += d
	}
	b.ReportMetric(float64(spent.Microseconds())/float64(b.N), "spent-µs")
}
