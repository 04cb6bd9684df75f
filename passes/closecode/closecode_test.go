package closecode_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/closecode"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the fixes")

// docs is the catalog most cases are written against: the reference
// API's gateway (close codes 4000 to 4014 without 4006 and 4011; opcodes
// 0 and 1 both ways, 3, 6 and 7 from the server, 4 and 5 from clients),
// read from docs/gateway.md, plus a documented 3500.
func docs() *catalog.Catalog {
	return &catalog.Catalog{
		Sources: []string{"docs/gateway.md"},
		CloseCodes: []catalog.CloseCode{
			{Code: 3500, Name: "maintenance"},
			{Code: 4000, Name: "unknown error"},
			{Code: 4001, Name: "unknown opcode"},
			{Code: 4002, Name: "decode error", Meaning: "a payload was not valid JSON text"},
			{Code: 4003, Name: "not authenticated"},
			{Code: 4004, Name: "authentication failed"},
			{Code: 4005, Name: "already authenticated"},
			{Code: 4007, Name: "invalid seq"},
			{Code: 4008, Name: "rate limited"},
			{Code: 4009, Name: "session timed out"},
			{Code: 4010, Name: "server restarting"},
			{Code: 4012, Name: "invalid api version"},
			{Code: 4013, Name: "invalid intents"},
			{Code: 4014, Name: "disallowed intents"},
		},
		Opcodes: []catalog.Opcode{
			{Code: 0, Name: "dispatch", Direction: catalog.DirBoth},
			{Code: 1, Name: "heartbeat", Direction: catalog.DirBoth},
			{Code: 3, Name: "hello", Direction: catalog.DirServer},
			{Code: 4, Name: "identify", Direction: catalog.DirClient},
			{Code: 5, Name: "resume", Direction: catalog.DirClient},
			{Code: 6, Name: "invalid session", Direction: catalog.DirServer},
			{Code: 7, Name: "reconnect", Direction: catalog.DirServer},
		},
	}
}

// docsPackages are the cases written against docs(), one per library,
// with helpers across packages, iota blocks, opcodes, lookalikes, code
// that must not crash the pass, and the ends of a connection: a client
// that dials (bot), servers that also dial (proxy, proxycoder) and a
// package that does neither (noend).
var docsPackages = []string{
	"gorilla", "fasthttp", "hertz", "melody", "coder", "nhooyr", "gobwas", "gws", "nbio", "xnet",
	"helpers", "gateway", "iota", "opcodes", "lookalike", "crash",
	"bot", "proxy", "proxycoder", "noend", "flow/wsconn", "flow/use", "declared/use", "reach/codes", "reach/gateway", "testread", "probe",
}

func patterns(pkgs []string) []string {
	out := make([]string, len(pkgs))
	for i, p := range pkgs {
		out[i] = "closecode/" + p
	}
	return out
}

// TestCases runs the cases written against docs/gateway.md, checks the
// fixes against the .golden files, and checks that every package was
// analyzed.
func TestCases(t *testing.T) {
	t.Parallel()
	a := closecode.New(closecode.Options{Catalog: docs()})
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, patterns(docsPackages)...)
	seen := make(map[string]bool)
	for _, r := range results {
		seen[r.Pass.Pkg.Path()] = true
	}
	for _, p := range patterns(docsPackages) {
		if !seen[p] {
			t.Errorf("package %s was not analyzed", p)
		}
	}
}

// TestDefaultCatalog checks the pass with the embedded default catalog,
// and that a nil Catalog means it.
func TestDefaultCatalog(t *testing.T) {
	t.Parallel()
	for _, cat := range []*catalog.Catalog{catalog.Default(), nil} {
		analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), closecode.New(closecode.Options{Catalog: cat}), "closecode/defaultcat")
	}
}

// TestNoTables checks that a catalog without close-code and opcode tables
// leaves close codes to RFC 6455 and opcodes alone.
func TestNoTables(t *testing.T) {
	t.Parallel()
	cat := &catalog.Catalog{Sources: []string{"docs/empty.md"}}
	analysistest.Run(t, fixtest.TestData(t), closecode.New(closecode.Options{Catalog: cat}), "closecode/nocatalog")
}

// TestFixesCompile applies every fix the pass suggests over its whole
// testdata at once and type-checks the fixed packages.
func TestFixesCompile(t *testing.T) {
	t.Parallel()
	dir := fixtest.TestData(t)
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, closecode.New(closecode.Options{Catalog: docs()}), patterns(docsPackages)...)
	results = append(results, analysistest.Run(fixtest.Quiet{T: t}, dir, closecode.New(closecode.Options{Catalog: catalog.Default()}), "closecode/defaultcat")...)
	fixed := fixtest.Apply(t, results)
	if len(fixed) < 8 {
		t.Fatalf("fixes in %d files of the testdata, want at least 8", len(fixed))
	}
	if *update {
		for name, src := range fixed {
			if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	crash := func(path string) bool { return strings.HasPrefix(path, "closecode/crash") }
	if n := fixtest.TypeCheck(t, dir, fixed, crash); n == 0 {
		t.Error("no package type-checked")
	}
}

// TestDoc checks that the analyzer's Doc is its doc.go section.
func TestDoc(t *testing.T) {
	t.Parallel()
	a := closecode.New(closecode.Options{})
	if !strings.HasPrefix(a.Doc, "closecode: check WebSocket close codes") {
		t.Errorf("Doc starts %q", a.Doc[:min(len(a.Doc), 60)])
	}
	if a.URL != "https://github.com/statuslint/statuslint#closecode" {
		t.Errorf("URL = %q", a.URL)
	}
}

// TestLibrary runs the pass on a WebSocket library itself (the stub of
// gobwas/ws, which declares Dial): its close frames serve either end, so
// the client's 1010 is not a finding there, and the never-sent codes are.
func TestLibrary(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtest.TestData(t), closecode.New(closecode.Options{Catalog: docs()}), "github.com/gobwas/ws")
}
