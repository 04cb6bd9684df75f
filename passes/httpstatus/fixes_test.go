package httpstatus_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/passes/httpstatus"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the fixes")

// patterns are every package of the pass's testdata.
var patterns = []string{"httpstatus/..."}

// edit is one TextEdit as byte offsets in its file.
type edit struct {
	start, end int
	text       string
}

// fixedSources applies every suggested fix of results to its file and
// returns the fixed files' contents by file name. Identical edits from
// several fixes (the same import added twice) apply once; overlapping
// different edits fail the test.
func fixedSources(t *testing.T, results []*analysistest.Result) map[string][]byte {
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

// TestFixesCompile applies every fix the pass suggests over its whole
// testdata and type-checks the fixed packages.
func TestFixesCompile(t *testing.T) {
	t.Parallel()
	dir := testdata(t)
	results := analysistest.Run(quiet{t}, dir, httpstatus.New(httpstatus.Options{Catalog: docs()}), patterns...)
	fixed := fixedSources(t, results)
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
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off"),
		Overlay: fixed,
		Tests:   false,
	}
	pkgs, err := packages.Load(cfg, fixedPackages(dir, fixed)...)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			if crashPackage(p.PkgPath) {
				continue // the does-not-crash cases are ill-typed on purpose
			}
			t.Errorf("after the fixes, %s: %v", p.PkgPath, e)
		}
		checked++
	})
	if checked == 0 {
		t.Error("no package type-checked")
	}
}

// crashPackage reports whether path is the does-not-crash case, whose
// type errors are deliberate.
func crashPackage(path string) bool { return strings.HasPrefix(path, "httpstatus/crash") }

// fixedPackages returns the import paths of the packages of the fixed files.
func fixedPackages(dir string, fixed map[string][]byte) []string {
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

// quiet is a Testing that drops analysistest's expectation errors: this
// test is about the fixes, the other tests check the expectations.
type quiet struct{ t *testing.T }

func (q quiet) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "loading") {
		q.t.Error(msg)
	}
}
