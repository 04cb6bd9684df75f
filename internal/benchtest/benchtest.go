// Package benchtest is what the benchmarks of generated packages share:
// writing a generated GOPATH tree and loading it as a driver would, a no-op analyzer to
// measure against, and one run of analyzers with the time spent on the
// generated packages.
package benchtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Write writes text to the file rel of the GOPATH tree at root
// (root/src/rel), making its directories, and fails tb when it cannot.
func Write(tb testing.TB, root, rel, text string) {
	tb.Helper()
	path := filepath.Join(root, "src", rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// Load loads and type-checks the packages matching patterns in the GOPATH
// tree at root, with the framework stubs of testdata/src after it, and
// fails tb when they do not type-check.
func Load(tb testing.TB, root string, patterns ...string) []*packages.Package {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("no caller information")
	}
	stubs := filepath.Join(filepath.Dir(file), "..", "..", "testdata")
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  root,
		Env: append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+stubs,
			"GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		tb.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		tb.Fatal("the generated packages do not type-check")
	}
	return pkgs
}

// Noop is an analyzer that does nothing: the floor a pass is measured
// against.
var Noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// Analyze runs the analyzers over pkgs and returns the time spent on the
// actions of the root packages (the analyzers and what they require) and
// the number of diagnostics reported there. An analyzer's error fails tb.
func Analyze(tb testing.TB, as []*analysis.Analyzer, pkgs []*packages.Package) (time.Duration, int) {
	tb.Helper()
	g, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	var root time.Duration
	diags := 0
	for act := range g.All() {
		if act.Err != nil {
			tb.Fatal(act.Err)
		}
		if act.IsRoot {
			root += act.Duration
			diags += len(act.Diagnostics)
		}
	}
	return root, diags
}
