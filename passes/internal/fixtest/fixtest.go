// Package fixtest is what the passes' tests share to check that their
// fixes compile: it applies every suggested fix of an analysistest run to
// its file, and type-checks the fixed packages of the GOPATH-style
// testdata tree.
package fixtest

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// edit is one TextEdit as byte offsets in its file.
type edit struct {
	start, end int
	text       string
}

// Apply applies every suggested fix of results to its file and returns
// the fixed files' contents, gofmt-ed, by file name. Identical edits from
// several fixes (the same import added twice) apply once; overlapping
// different edits fail the test.
func Apply(t testing.TB, results []*analysistest.Result) map[string][]byte {
	t.Helper()
	byFile := make(map[string]map[edit]bool)
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					file := fset.File(e.Pos)
					name := file.Name()
					if byFile[name] == nil {
						byFile[name] = make(map[edit]bool)
					}
					byFile[name][edit{file.Offset(e.Pos), file.Offset(e.End), string(e.NewText)}] = true
				}
			}
		}
	}
	out := make(map[string][]byte)
	for name, set := range byFile {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		edits := slices.SortedFunc(maps.Keys(set), func(a, b edit) int {
			if a.start != b.start {
				return a.start - b.start
			}
			return strings.Compare(a.text, b.text)
		})
		var buf bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.start < last {
				t.Fatalf("%s: overlapping edits at offset %d", name, e.start)
			}
			buf.Write(src[last:e.start])
			buf.WriteString(e.text)
			last = e.end
		}
		buf.Write(src[last:])
		formatted, err := format.Source(buf.Bytes())
		if err != nil {
			t.Fatalf("%s: fixed file does not parse: %v\n%s", name, err, buf.Bytes())
		}
		out[name] = formatted
	}
	return out
}

// TypeCheck loads the packages of the fixed files from the GOPATH tree dir,
// with the fixed contents overlaid, and fails the test for every type
// error, except in the packages for which ignore reports true (cases that
// are ill-typed on purpose). It returns how many packages it checked.
func TypeCheck(t testing.TB, dir string, fixed map[string][]byte, ignore func(pkgPath string) bool) int {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS=", "GOWORK=off"),
		Overlay: fixed,
	}
	pkgs, err := packages.Load(cfg, Packages(dir, fixed)...)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			if ignore != nil && ignore(p.PkgPath) {
				continue
			}
			t.Errorf("after the fixes, %s: %v", p.PkgPath, e)
		}
		checked++
	})
	return checked
}

// TestData returns the absolute path of the shared GOPATH tree of the
// passes' analysistest cases, from a test in passes/<pass>.
func TestData(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Packages returns the import paths, under dir/src, of the packages of
// the fixed files.
func Packages(dir string, fixed map[string][]byte) []string {
	src := dir + string(os.PathSeparator) + "src" + string(os.PathSeparator)
	seen := make(map[string]bool)
	for name := range fixed {
		rel := strings.TrimPrefix(name, src)
		if i := strings.LastIndexByte(rel, os.PathSeparator); i > 0 {
			seen[strings.ReplaceAll(rel[:i], string(os.PathSeparator), "/")] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Quiet is an analysistest.Testing that drops expectation errors: a test
// about fixes leaves the expectations to the other tests, but still fails
// when the packages do not load.
type Quiet struct{ T testing.TB }

// Errorf reports only loading errors.
func (q Quiet) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "loading") {
		q.T.Error(msg)
	}
}
