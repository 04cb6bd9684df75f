package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/internal/e2e/e2etest"
)

// binary is the statuslint command built once for the end-to-end tests,
// and leanBinary statuslint-vet, built beside it.
var binary, leanBinary string

// goCache is the go command's build cache.
var goCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "statuslint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "statuslint")
	leanBinary = filepath.Join(dir, "statuslint-vet")
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	goCache = strings.TrimSpace(string(out))
	for _, b := range [][2]string{{binary, "."}, {leanBinary, "../statuslint-vet"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building %s: %v\n%s", b[1], err, out)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// shop copies the end-to-end module testdata/e2e/shop into a fresh
// directory and returns it.
func shop(t *testing.T) string {
	t.Helper()
	return e2etest.CopyDir(t, filepath.Join("..", "..", "testdata", "e2e", "shop"))
}

type result struct {
	stdout, stderr string
	code           int
}

// run runs name with args in dir and returns what it printed and its exit status.
func run(t testing.TB, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with env added to the environment. GOCACHE is kept where
// it is, so that a test that moves the user cache directory does not
// rebuild the standard library.
func runEnv(t testing.TB, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-buildvcs=false", "GOTOOLCHAIN=local", "GOCACHE="+goCache)
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		code = ee.ExitCode()
	}
	return result{stdout.String(), stderr.String(), code}
}

func TestCatalogJSONSchema(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	r := run(t, dir, binary, "catalog", "-json", "-catalog", "docs/status-codes.md")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	var keys []string
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	wantKeys := []string{"close_codes", "close_ranges", "error_codes", "error_shape", "http", "http_ranges", "opcodes", "server_error_shape", "sources"}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("top-level keys differ from DESIGN.md's schema (-want +got):\n%s", diff)
	}
	var got struct {
		Sources []string `json:"sources"`
		HTTP    []struct {
			Code int    `json:"code"`
			Name string `json:"name"`
		} `json:"http"`
		HTTPRanges []struct {
			Class    string `json:"class"`
			From, To int
		} `json:"http_ranges"`
		CloseCodes []any `json:"close_codes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, s := range got.HTTP {
		codes = append(codes, fmt.Sprintf("%d %s", s.Code, s.Name))
	}
	wantCodes := []string{"200 OK", "201 Created", "400 Bad Request", "404 Not Found"}
	if diff := cmp.Diff(wantCodes, codes); diff != "" {
		t.Errorf("http (-want +got):\n%s", diff)
	}
	if len(got.HTTPRanges) != 1 || got.HTTPRanges[0].Class != "5xx" || got.HTTPRanges[0].From != 500 || got.HTTPRanges[0].To != 599 {
		t.Errorf("http_ranges = %+v, want the 5xx class", got.HTTPRanges)
	}
	if diff := cmp.Diff([]string{"docs/status-codes.md"}, got.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if got.CloseCodes == nil {
		t.Errorf("close_codes is null, want []")
	}
}

// TestCatalogMarkdownRoundTrip checks that -format markdown prints a
// document that reads back to the same catalog.
func TestCatalogMarkdownRoundTrip(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	md := run(t, dir, binary, "catalog", "-format", "markdown", "-catalog", "docs/status-codes.md")
	if md.code != 0 {
		t.Fatalf("exit %d: %s", md.code, md.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "again.md"), []byte(md.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	first := run(t, dir, binary, "catalog", "-json", "-catalog", "docs/status-codes.md")
	second := run(t, dir, binary, "catalog", "-json", "-catalog", "again.md")
	if second.code != 0 {
		t.Fatalf("reading the printed document back: exit %d: %s", second.code, second.stderr)
	}
	strip := func(s string) map[string]any {
		var m map[string]any
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "sources")
		return m
	}
	if diff := cmp.Diff(strip(first.stdout), strip(second.stdout)); diff != "" {
		t.Errorf("markdown round trip changed the catalog (-first +second):\n%s", diff)
	}
}

// TestCatalogGo checks that -format go prints Go that type-checks and
// declares a constant for each documented code.
func TestCatalogGo(t *testing.T) {
	t.Parallel()
	r := run(t, ".", binary, "catalog", "-format", "go", "-package", "apicodes")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "codes.go", r.stdout, 0)
	if err != nil {
		t.Fatalf("generated Go does not parse: %v\n%s", err, r.stdout)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("apicodes", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatalf("generated Go does not type-check: %v", err)
	}
	values := map[string]bool{}
	for _, name := range pkg.Scope().Names() {
		if c, ok := pkg.Scope().Lookup(name).(*types.Const); ok {
			values[c.Val().String()] = true
		}
	}
	// The default catalog: a status, an error code and a close code.
	for _, v := range []string{"404", "10001", "4014"} {
		if !values[v] {
			t.Errorf("no constant with value %s in:\n%s", v, r.stdout)
		}
	}
}

// TestBadInput checks that every kind of bad input gives one line on
// stderr, naming the place, and exit status 1 (2 for a bad command line),
// before any analysis.
func TestBadInput(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	tests := []struct {
		name string
		args []string
		want string // prefix of the one line on stderr
		code int    // exit status
	}{
		{"missing file", []string{"catalog", "-json", "-catalog", "docs/nope.md"}, "statuslint: docs/nope.md: ", 1},
		{"empty document", []string{"catalog", "-json", "-catalog", "docs/empty.md"}, "statuslint: docs/empty.md:1: ", 1},
		{"malformed table", []string{"catalog", "-json", "-catalog", "docs/bad-table.md"}, "statuslint: docs/bad-table.md:8: ", 1},
		{"status out of range", []string{"catalog", "-json", "-catalog", "docs/out-of-range.md"}, "statuslint: docs/out-of-range.md:8: ", 1},
		{"bad format", []string{"catalog", "-format", "yaml"}, `statuslint: catalog: -format "yaml"`, 2},
		{"go without package", []string{"catalog", "-format", "go"}, "statuslint: catalog: -format go needs -package", 2},
		{"unknown flag", []string{"catalog", "-jsn"}, "statuslint: catalog: flag provided but not defined: -jsn", 2},
		{"analysis with missing file", []string{"-catalog", "docs/nope.md", "./..."}, "statuslint: docs/nope.md: ", 1},
		{"analysis with empty document", []string{"-catalog=docs/empty.md", "./..."}, "statuslint: docs/empty.md:1: ", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := run(t, dir, binary, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit status %d, want %d", r.code, tt.code)
			}
			if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, tt.want) {
				t.Errorf("stderr = %q, want one line starting %q", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

func TestBadFlagValue(t *testing.T) {
	t.Parallel()
	r := run(t, ".", binary, "-c=many", "./...")
	if r.code != 2 {
		t.Errorf("exit status %d, want 2", r.code)
	}
	if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, `invalid value "many" for flag -c`) {
		t.Errorf("stderr = %q, want one line about -c", r.stderr)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	for _, flag := range []string{"-version", "-V"} {
		r := run(t, ".", binary, flag)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "statuslint ") || strings.Count(r.stdout, "\n") != 1 {
			t.Errorf("statuslint %s: exit %d, stdout %q", flag, r.code, r.stdout)
		}
	}
	r := run(t, ".", binary, "-V=full")
	if f := strings.Fields(r.stdout); r.code != 0 || len(f) != 5 || f[1] != "version" || f[2] != "devel" || !strings.HasPrefix(f[4], "buildID=") {
		t.Errorf("statuslint -V=full: exit %d, stdout %q, want the go vet protocol line", r.code, r.stdout)
	}
}

// TestTypeErrors checks that a package that does not type-check is an
// error, named by its position, not a crash or a silent pass.
func TestTypeErrors(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	if err := os.MkdirAll(filepath.Join(dir, "broken"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken", "broken.go"), []byte("package broken\n\nvar x int = \"no\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, binary, "./broken")
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	if !strings.HasSuffix(strings.TrimSpace(r.stderr), "broken.go:3:13: cannot use \"no\" (untyped string constant) as int value in variable declaration") {
		t.Errorf("stderr = %q, want the type error with its position", r.stderr)
	}
}
