package summary_test

import (
	"fmt"
	"go/types"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFacts checks the facts exported on helpers, in their package and
// through another package's facts (the // want name:`fact` comments), that
// a package without sink imports is skipped, and that a package that
// refers to no sink still exports its constant results.
func TestFacts(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata(t), summary.Analyzer, "summary/...")
	for _, r := range results {
		res := r.Result.(*summary.Result)
		switch r.Pass.Pkg.Path() {
		case "summary/plain":
			if res.Relevant() || len(res.Sites()) > 0 || len(r.Facts) > 0 {
				t.Errorf("summary/plain: relevant %v, %d sites, %d facts; want none", res.Relevant(), len(res.Sites()), len(r.Facts))
			}
		case "summary/untouched":
			if !res.Relevant() || res.Touches(nil) {
				t.Errorf("summary/untouched: relevant %v, touches %v; want relevant, untouched", res.Relevant(), res.Touches(nil))
			}
		case "summary/viaalias":
			if !res.Touches(nil) {
				t.Error("summary/viaalias touches no sink; want alias.Send's fact and net/http's WriteHeader found")
			}
		case "summary/use":
			if !res.Relevant() {
				t.Error("summary/use is not relevant")
			}
			checkUseSites(t, r.Pass, res)
		}
	}
}

// checkUseSites checks the sites of package use: the arguments of its
// calls of lib's helpers, as helper sites.
func checkUseSites(t *testing.T, pass *analysis.Pass, res *summary.Result) {
	t.Helper()
	var got []string
	for _, s := range res.Sites() {
		if s.Kind != summary.CallArg || !s.Helper {
			continue
		}
		got = append(got, s.Callee.Name()+":"+types.ExprString(s.Expr)+":"+summary.RoleName(s.Role))
		if calls := res.Call(s.Call); len(calls) == 0 {
			t.Errorf("Call(%s) is empty", types.ExprString(s.Call))
		}
	}
	want := []string{"JSON:s:status", "Send:s:status", "JSON:code:status", "fail:s:status", "JSON:404:status"}
	if len(got) != len(want) {
		t.Fatalf("helper sites = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("helper site %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestNewRows checks that New follows the rows it is given, not the
// shared table: with no rows, nothing is a sink.
func TestNewRows(t *testing.T) {
	t.Parallel()
	a := summary.New(nil)
	results := analysistest.Run(quiet{}, testdata(t), a, "summary/lib")
	for _, r := range results {
		if res := r.Result.(*summary.Result); res.Relevant() || len(r.Facts) > 0 {
			t.Errorf("%s with no rows: relevant %v, %d facts", r.Pass.Pkg.Path(), res.Relevant(), len(r.Facts))
		}
	}
	if len(results) == 0 {
		t.Error("no result")
	}
}

// quiet drops analysistest's complaints about the unmet fact
// expectations, which are for the shared table.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

func TestRoleName(t *testing.T) {
	t.Parallel()
	for r, want := range map[sinks.Role]string{sinks.Status: "status", sinks.StatusRead: "status-read",
		sinks.CloseCode: "close-code", sinks.CloseReason: "close-reason", sinks.Body: "body", sinks.Message: "message", sinks.Dial: "dial", sinks.Accept: "accept", 99: "role99"} {
		if got := summary.RoleName(r); got != want {
			t.Errorf("RoleName(%d) = %q, want %q", r, got, want)
		}
	}
}

// TestDeclared checks that every role a config file may name is a role
// of the table, and the rows Declared builds.
func TestDeclared(t *testing.T) {
	t.Parallel()
	for _, name := range config.SinkRoles {
		rows := summary.Declared([]config.SinkRow{{Package: "p", Function: "f", Role: name}})
		if len(rows) != 1 || rows[0].Role.String() != name || rows[0].Kind != sinks.Func {
			t.Errorf("Declared(role %s) = %+v", name, rows)
		}
	}
	rows := summary.Declared([]config.SinkRow{{Package: "p", Receiver: "T", Function: "M", Argument: 2, Role: "status"}})
	if len(rows) != 1 || rows[0] != (sinks.Row{Pkg: "p", Recv: "T", Name: "M", Kind: sinks.Method, Arg: 2, Role: sinks.Status}) {
		t.Errorf("Declared(method) = %+v", rows)
	}
}

// TestSelfSink checks that a sink package's own helpers reach its own
// sinks: the package refers to no other package's sink, and is still
// analysed for flows (net/http, a framework, a WebSocket library).
func TestSelfSink(t *testing.T) {
	t.Parallel()
	a := summary.New([]sinks.Row{{Pkg: "selfsink", Name: "write", Kind: sinks.Func, Arg: 0, Role: sinks.Status}})
	results := analysistest.Run(quiet{}, testdata(t), a, "selfsink")
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
	var got []string
	for obj, facts := range results[0].Facts {
		name := "package" // a package fact
		if obj != nil {
			name = obj.Name()
		}
		for _, f := range facts {
			got = append(got, name+":"+fmt.Sprint(f))
		}
	}
	slices.Sort(got)
	if want := []string{"Send:sinks(0:status)", "package:in-reach"}; !slices.Equal(got, want) {
		t.Errorf("facts of selfsink = %q, want %q", got, want)
	}
	if !results[0].Result.(*summary.Result).Touches(nil) {
		t.Error("selfsink does not touch its own sink")
	}
}

// TestReaches checks the rule of reach: a direct import that is a sink
// package or has the fact, and nothing through an import without it (the
// standard library's packages under go vet: net/rpc imports net/http, and
// a package that imports only net/rpc has no sink in reach there).
func TestReaches(t *testing.T) {
	t.Parallel()
	nethttp := types.NewPackage("net/http", "http")
	rpc := types.NewPackage("net/rpc", "rpc")
	rpc.SetImports([]*types.Package{nethttp})
	alias := types.NewPackage("example.com/alias", "alias")
	alias.SetImports([]*types.Package{nethttp})
	strconv := types.NewPackage("strconv", "strconv")
	sink := func(path string) bool { return path == "net/http" }
	withFact := map[*types.Package]bool{alias: true} // rpc was not read: no fact
	has := func(p *types.Package) bool { return withFact[p] }
	for _, c := range []struct {
		name    string
		imports []*types.Package
		want    bool
	}{
		{"imports the sink package", []*types.Package{strconv, nethttp}, true},
		{"imports a package with the fact", []*types.Package{alias}, true},
		{"reaches it only through a package with no fact", []*types.Package{rpc, strconv}, false},
		{"imports nothing", nil, false},
	} {
		if got := summary.Reaches(c.imports, sink, has); got != c.want {
			t.Errorf("%s: Reaches = %v, want %v", c.name, got, c.want)
		}
	}
}
