package errorcode_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the fixes")

// patterns are the packages of the pass's testdata written against the
// reference catalog (docs()): all but errorcode/statuslike and
// errorcode/envelope, which TestStatusLikeCodes and TestSuccessEnvelopes
// run with catalogs of their own.
var patterns = []string{
	"errorcode/nethttp", "errorcode/gin", "errorcode/echo", "errorcode/fiber", "errorcode/chi",
	"errorcode/hertz", "errorcode/helpers/...", "errorcode/codes", "errorcode/imports",
	"errorcode/status", "errorcode/crash", "errorcode/fiber3", "errorcode/centrifuge",
}

// TestFixesCompile applies every fix the pass suggests over its whole
// testdata at once and type-checks the fixed packages.
func TestFixesCompile(t *testing.T) {
	t.Parallel()
	dir := fixtest.TestData(t)
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, errorcode.New(errorcode.Options{Catalog: docs()}), patterns...)
	fixed := fixtest.Apply(t, results)
	if len(fixed) == 0 {
		t.Fatal("no fixes in the testdata")
	}
	if *update {
		for name, src := range fixed {
			if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	crash := func(path string) bool { return strings.HasPrefix(path, "errorcode/crash") }
	if fixtest.TypeCheck(t, dir, fixed, crash) == 0 {
		t.Error("no package type-checked")
	}
}

// source returns the text of the file name between two offsets.
func source(t *testing.T, name string, start, end int) string {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(src[start:end])
}
