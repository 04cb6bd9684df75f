// Package nogo proves the contract Bazel's nogo relies on, since Bazel
// cannot run here: nogo analyzes one package per action, with the facts
// of its dependencies read from files the actions before it wrote. go vet
// -vettool drives an analysis tool the same way (unitchecker: one process
// per package, facts serialised to vetx files), so the test runs the
// suite under go vet, compares its findings with an in-process run that
// holds every package's facts in memory, and round-trips every fact the
// suite exports through encoding/gob, which nogo and unitchecker encode
// facts with.
package nogo

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/internal/e2e/e2etest"
)

// binary is the statuslint command, built once.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "statuslint-nogo-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "statuslint")
	if out, err := exec.Command("go", "build", "-o", binary, "../../../cmd/statuslint").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building statuslint: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A finding as both drivers print it: the position relative to the
// module, the pass, the category and the message.
type finding struct {
	Posn, Pass, Category, Message string
}

func (f finding) String() string {
	return fmt.Sprintf("%s: %s [%s/%s]", f.Posn, f.Message, f.Pass, f.Category)
}

const docs = "docs/status-codes.md"

// The findings of testdata/delivery/layers (position, pass, category, and
// the start of the message; the two runs' messages are compared whole):
// every one but the raw status passes through a helper in another
// package, one or two packages down, so none is found without the facts
// of apierr and respond.
var want = []finding{
	{"handlers/handlers.go:16:42", "errorcode", "undocumented-error-code", "error code 20003 is not documented in docs/status-codes.md"},
	{"handlers/handlers.go:18:23", "errorcode", "undocumented-error-code", "error code 20009 is not documented in docs/status-codes.md"},
	{"handlers/handlers.go:20:21", "httpstatus", "undocumented-status", "status 409 Conflict is not documented in docs/status-codes.md"},
	{"handlers/handlers.go:22:19", "httpstatus", "raw-status", "raw status 404"},
}

// suite returns the suite with the module's catalog, named as go vet's
// run names it.
func suite(t *testing.T, dir string) []*analysis.Analyzer {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, docs))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := read.Parse(docs, data)
	if err != nil {
		t.Fatal(err)
	}
	return analyzer.Suite(analyzer.Options{Catalog: cat})
}

// inProcess analyzes the module's packages in one process, every
// package's facts in memory, as analysistest and multichecker do.
func inProcess(t *testing.T, dir string) (*checker.Graph, []*packages.Package) {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-buildvcs=false", "GOTOOLCHAIN=local"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the module", n)
	}
	graph, err := checker.Analyze(suite(t, dir), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return graph, pkgs
}

func TestVetMatchesOneProcess(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "layers")

	// One package at a time, facts serialised between them.
	r := e2etest.Run(t, dir, nil, "go", "vet", "-vettool="+binary, "-catalog="+docs, "-json", "./...")
	if r.Code != 0 {
		t.Fatalf("go vet -json: exit %d\n%s", r.Code, r.Stderr)
	}
	vet := parseVetJSON(t, dir, r.Stdout)

	// One process.
	graph, _ := inProcess(t, dir)
	var one []finding
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			one = append(one, finding{relPosn(t, dir, act.Package.Fset.Position(d.Pos)), act.Analyzer.Name, d.Category, d.Message})
		}
	}
	sortFindings(one)

	match := len(one) == len(want)
	for i := 0; match && i < len(want); i++ {
		w, g := want[i], one[i]
		match = w.Posn == g.Posn && w.Pass == g.Pass && w.Category == g.Category && strings.HasPrefix(g.Message, w.Message)
	}
	if !match {
		t.Errorf("in-process findings:\n%s\nwant:\n%s", lines(one), lines(want))
	}
	if diff := cmp.Diff(one, vet); diff != "" {
		t.Errorf("go vet's findings differ from the in-process run's (-one process +go vet):\n%s", diff)
	}
}

// parseVetJSON reads the JSON objects go vet -json prints on its standard
// output, one per package ({} when the package has nothing to say), with
// "# pkg" lines between them.
func parseVetJSON(t *testing.T, dir, out string) []finding {
	t.Helper()
	var kept []string
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "#") {
			kept = append(kept, line)
		}
	}
	dec := json.NewDecoder(strings.NewReader(strings.Join(kept, "\n")))
	var got []finding
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go vet -json printed something else: %v\n%s", err, out)
		}
		for _, byPass := range tree {
			for pass, raw := range byPass {
				var diags []struct{ Posn, Category, Message string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					// An analyzer error is an object {"error": …}.
					t.Errorf("%s: %s", pass, raw)
					continue
				}
				for _, d := range diags {
					got = append(got, finding{relPosn(t, dir, parsePosn(d.Posn)), pass, d.Category, d.Message})
				}
			}
		}
	}
	sortFindings(got)
	return got
}

func parsePosn(s string) token.Position {
	var p token.Position
	rest := s
	if i := strings.LastIndexByte(rest, ':'); i > 0 {
		fmt.Sscan(rest[i+1:], &p.Column)
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, ':'); i > 0 {
		fmt.Sscan(rest[i+1:], &p.Line)
		rest = rest[:i]
	}
	p.Filename = rest
	return p
}

func relPosn(t *testing.T, dir string, p token.Position) string {
	t.Helper()
	// The module may be under a symbolic link (a temporary directory).
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	name := p.Filename
	for _, root := range []string{dir, real} {
		if rel, err := filepath.Rel(root, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			name = filepath.ToSlash(rel)
			break
		}
	}
	return fmt.Sprintf("%s:%d:%d", name, p.Line, p.Column)
}

func lines(fs []finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\t%s\n", f)
	}
	return b.String()
}

func sortFindings(fs []finding) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].String() < fs[j].String() })
}

// TestFactsGob checks that every fact the suite exports on the module
// survives encoding/gob as nogo and unitchecker use it (the fact's type
// registered, the value sent as an analysis.Fact), and that every fact
// type of the suite is among them, so no type goes untested.
func TestFactsGob(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "layers")
	graph, pkgs := inProcess(t, dir)

	types := map[reflect.Type]bool{}
	var visit func(as []*analysis.Analyzer)
	seenAnalyzer := map[*analysis.Analyzer]bool{}
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if seenAnalyzer[a] {
				continue
			}
			seenAnalyzer[a] = true
			for _, f := range a.FactTypes {
				gob.Register(f)
				types[reflect.TypeOf(f)] = true
			}
			visit(a.Requires)
		}
	}
	visit(suite(t, dir))
	if len(types) == 0 {
		t.Fatal("the suite has no fact types")
	}

	ours := map[string]bool{}
	for _, p := range pkgs {
		ours[p.PkgPath] = true
	}
	tested := map[reflect.Type]int{}
	type envelope struct{ Fact analysis.Fact }
	for act := range graph.All() {
		if !ours[act.Package.PkgPath] {
			continue // facts of the standard library's packages: same types, many more
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == nil || f.Object.Pkg().Path() != act.Package.PkgPath {
				continue // each fact once, from the action of its own package
			}
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(envelope{f.Fact}); err != nil {
				t.Errorf("%s fact on %s: encode: %v", reflect.TypeOf(f.Fact), f.Object, err)
				continue
			}
			var back envelope
			if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
				t.Errorf("%s fact on %s: decode: %v", reflect.TypeOf(f.Fact), f.Object, err)
				continue
			}
			if !reflect.DeepEqual(f.Fact, back.Fact) {
				t.Errorf("%s fact on %s: %v came back as %v", reflect.TypeOf(f.Fact), f.Object, f.Fact, back.Fact)
			}
			tested[reflect.TypeOf(f.Fact)]++
		}
		for _, f := range act.AllPackageFacts() {
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(envelope{f.Fact}); err != nil {
				t.Errorf("package fact %s: %v", reflect.TypeOf(f.Fact), err)
			}
			tested[reflect.TypeOf(f.Fact)]++
		}
	}
	for typ := range types {
		if tested[typ] == 0 {
			t.Errorf("no %s fact on the module: the testdata does not exercise it", typ)
		}
	}
	t.Logf("facts round-tripped: %v", tested)
}
