package analyzer_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/benchtest"
)

// scaleHelpers is a package of helpers that the generated handlers call
// from another package, so that the suite's facts cross a package boundary
// for every handler.
const scaleHelpers = `package helpers

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/websocket"
)

type APIError struct {
	Code    int    ` + "`json:\"code\"`" + `
	Message string ` + "`json:\"message\"`" + `
}

func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func Fail(w http.ResponseWriter, status, code int, msg string) {
	WriteJSON(w, status, APIError{Code: code, Message: msg})
}

func Close(c *websocket.Conn, code int, reason string) {
	_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason))
}
`

// generateScale writes a GOPATH tree with the helpers package and a
// package of n handlers (net/http and gin, statuses, error bodies, close
// frames; a quarter of them with a finding), and returns the tree's root.
func generateScale(tb testing.TB, n int) string {
	tb.Helper()
	root := tb.TempDir()
	write := func(rel, text string) { benchtest.Write(tb, root, rel, text) }
	write("scale/helpers/helpers.go", scaleHelpers)
	var s strings.Builder
	s.WriteString(`package handlers

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"

	"scale/helpers"
)
`)
	for i := range n {
		fmt.Fprintf(&s, `
func Handler%[1]d(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		helpers.Fail(w, http.StatusBadRequest, %[2]d, "bad id")
		return
	}
	switch id %% 3 {
	case 0:
		helpers.WriteJSON(w, http.StatusOK, map[string]int{"id": id})
	case 1:
		http.Error(w, "not found", http.StatusNotFound)
	default:
		w.WriteHeader(%[3]d)
	}
}

func Gin%[1]d(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"code": %[2]d, "message": "bad id"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": %[1]d})
}

func Close%[1]d(c *websocket.Conn) {
	helpers.Close(c, %[4]d, "bye")
}
`, i, []int{10001, 10002, 10003, 10099}[i%4], []int{200, 201, 404, 409}[i%4], []int{4000, 4001, 4002, 4999}[i%4])
	}
	write("scale/handlers/handlers.go", s.String())
	return root
}

// TestScaleFindings checks the generated handlers themselves: a small
// instance has the findings it was written to have, so that the scaling
// benchmark measures a suite at work, not one that gave up.
func TestScaleFindings(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads net/http from source")
	}
	pkgs := benchtest.Load(t, generateScale(t, 8), "scale/handlers")
	if _, got := benchtest.Analyze(t, analyzer.Suite(analyzer.Options{}), pkgs); got == 0 {
		t.Fatal("the suite reports nothing on the generated handlers")
	}
	if _, got := benchtest.Analyze(t, []*analysis.Analyzer{benchtest.Noop}, pkgs); got != 0 {
		t.Fatalf("the no-op analyzer reported %d findings", got)
	}
}

// BenchmarkScaling runs the whole suite over generated packages of N
// handlers (N = 100, 1,000, 10,000, each calling helpers of another
// package), as a driver does: load and type-check, then analyze. It
// reports the load time, the suite's analysis time beyond a no-op
// analyzer's, and that extra time per handler, which stays flat when the
// suite's cost grows linearly with N:
//
//	go test -run '^$' -bench Scaling -benchtime 3x ./analyzer/
func BenchmarkScaling(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			root := generateScale(b, n)
			suite := analyzer.Suite(analyzer.Options{})
			var loading, nop, check time.Duration
			for b.Loop() {
				t0 := time.Now()
				pkgs := benchtest.Load(b, root, "scale/handlers")
				t1 := time.Now()
				benchtest.Analyze(b, []*analysis.Analyzer{benchtest.Noop}, pkgs)
				t2 := time.Now()
				benchtest.Analyze(b, suite, pkgs)
				t3 := time.Now()
				loading += t1.Sub(t0)
				nop += t2.Sub(t1)
				check += t3.Sub(t2)
			}
			iters := float64(b.N)
			extra := check - nop
			b.ReportMetric(float64(loading.Milliseconds())/iters, "load-ms")
			b.ReportMetric(float64(check.Milliseconds())/iters, "suite-ms")
			b.ReportMetric(float64(extra.Microseconds())/iters/float64(n), "µs/handler")
		})
	}
}
