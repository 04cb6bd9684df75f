package leak5xx_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/leak5xx"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the fixes")

// TestFixesCompile applies every fix the pass suggests over its whole
// testdata and type-checks the fixed packages.
func TestFixesCompile(t *testing.T) {
	t.Parallel()
	dir := fixtest.TestData(t)
	a := leak5xx.New(leak5xx.Options{Catalog: docs(), Helper: helper})
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, a, patterns...)
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
	if fixtest.TypeCheck(t, dir, fixed, crashPackage) == 0 {
		t.Error("no package type-checked")
	}
}

// crashPackage reports whether path is the does-not-crash case, whose
// type errors are deliberate.
func crashPackage(path string) bool { return strings.HasPrefix(path, "leak5xx/crash") }
