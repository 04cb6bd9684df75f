package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The findings the shop module has under docs/status-codes.md.
const (
	rawFinding          = "handlers/orders.go:9:17: "
	undocumentedFinding = "handlers/orders.go:17:32: status 409 Conflict is not documented in docs/status-codes.md"
)

func TestStandalone(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	r := run(t, dir, binary, "-catalog", "docs/status-codes.md", "./...")
	if r.code != 3 {
		t.Errorf("exit status %d, want 3 (findings); stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{rawFinding, undocumentedFinding} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}

	// With the embedded default, 409 is undocumented there too, and the
	// message names the default catalog instead.
	r = run(t, dir, binary, "./...")
	if !strings.Contains(r.stderr, "status 409 Conflict is not documented in the default catalog") {
		t.Errorf("default catalog: stderr lacks the 409 finding:\n%s", r.stderr)
	}

	// A pass turned off reports nothing.
	r = run(t, dir, binary, "-catalog", "docs/status-codes.md", "-httpstatus=false", "./...")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("-httpstatus=false: exit %d, stderr %q, want a clean run", r.code, r.stderr)
	}
}

func TestStandaloneJSON(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	r := run(t, dir, binary, "-json", "-catalog", "docs/status-codes.md", "./...")
	if r.code != 0 {
		t.Errorf("-json: exit status %d, want 0 (as the x/tools drivers do); stderr %s", r.code, r.stderr)
	}
	var out map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Category string `json:"category"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	diags := out["example.com/shop/handlers"]["httpstatus"]
	if len(diags) != 2 {
		t.Fatalf("got %d httpstatus diagnostics, want 2: %s", len(diags), r.stdout)
	}
	for _, d := range diags {
		if d.Category == "" {
			t.Errorf("diagnostic %q has no category", d.Message)
		}
	}
}

// TestVetTool runs statuslint under go vet from the module root. go vet runs
// the tool in each package's directory, so the relative -catalog path must
// be resolved against the module root.
func TestVetTool(t *testing.T) {
	t.Parallel()
	testVetTool(t, binary, nil)
}

// TestVetToolLean runs statuslint-vet, which reads the catalog with the
// statuslint beside it, through a user cache directory of its own: the
// same findings, the same cache invalidation by go vet and by the disk
// cache when the document changes, the same one-line error.
func TestVetToolLean(t *testing.T) {
	t.Parallel()
	testVetTool(t, leanBinary, []string{"XDG_CACHE_HOME=" + t.TempDir(), "HOME=" + t.TempDir()})

	// Without statuslint beside it nor on PATH it says what to install.
	alone := filepath.Join(t.TempDir(), "statuslint-vet")
	data, err := os.ReadFile(leanBinary)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(alone, data, 0o755); err != nil {
		t.Fatal(err)
	}
	path := pathWithout(t, "statuslint")
	r := runEnv(t, shop(t), []string{"PATH=" + path, "XDG_CACHE_HOME=" + t.TempDir()}, "go", "vet", "-vettool="+alone, "-catalog=docs/status-codes.md", "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "docs/status-codes.md: statuslint-vet reads catalog documents with the statuslint command, which is not installed") {
		t.Errorf("statuslint-vet alone: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	// With the embedded default catalog it needs no reader.
	r = runEnv(t, shop(t), []string{"PATH=" + path, "XDG_CACHE_HOME=" + t.TempDir()}, "go", "vet", "-vettool="+alone, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, rawFinding) || strings.Contains(r.stderr, "not installed") {
		t.Errorf("statuslint-vet alone, default catalog: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// pathWithout returns $PATH without the directories that hold a program
// called name.
func pathWithout(t *testing.T, name string) string {
	t.Helper()
	var dirs []string
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(d, name)); err != nil {
			dirs = append(dirs, d)
		}
	}
	return strings.Join(dirs, string(filepath.ListSeparator))
}

// testVetTool runs go vet with binary, its environment added to env.
func testVetTool(t *testing.T, binary string, env []string) {
	dir := shop(t)
	r := runEnv(t, dir, env, "go", "vet", "-vettool="+binary, "-catalog=docs/status-codes.md", "./...")
	if r.code == 0 {
		t.Errorf("go vet: exit 0, want findings")
	}
	for _, want := range []string{rawFinding, undocumentedFinding} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("go vet: stderr lacks %q:\n%s", want, r.stderr)
		}
	}

	// go vet caches results; documenting 409 must change them.
	doc := filepath.Join(dir, "docs", "status-codes.md")
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), "| 404  |", "| 409  | Conflict | the order exists already |\n| 404  |", 1))
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r = runEnv(t, dir, env, "go", "vet", "-vettool="+binary, "-catalog=docs/status-codes.md", "./...")
	if strings.Contains(r.stderr, "409") || !strings.Contains(r.stderr, rawFinding) {
		t.Errorf("go vet after documenting 409: stderr:\n%s", r.stderr)
	}

	// A bad catalog stops the run with its one-line error.
	r = runEnv(t, dir, env, "go", "vet", "-vettool="+binary, "-catalog=docs/empty.md", "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "docs/empty.md:1: no status codes") {
		t.Errorf("go vet with an empty document: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// TestFixTool applies the fixes with go fix and checks the result builds.
func TestFixTool(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	r := run(t, dir, "go", "fix", "-fixtool="+binary, "-catalog=docs/status-codes.md", "./...")
	if r.code != 0 {
		t.Errorf("go fix: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "handlers", "orders.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "w.WriteHeader(http.StatusNotFound)") {
		t.Errorf("go fix did not replace the raw 404:\n%s", got)
	}
	if r := run(t, dir, "go", "build", "./..."); r.code != 0 {
		t.Errorf("the fixed module does not build: %s", r.stderr)
	}
}

// TestVetToolLeanOpenAPI runs statuslint-vet on an OpenAPI document that
// refers to a sibling file: the statuslint it reads with runs from the
// module root, so the reference resolves, and the findings come.
func TestVetToolLeanOpenAPI(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	for _, name := range []string{"users.yaml", "errors.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "catalog", "openapi", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "docs", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runEnv(t, dir, []string{"XDG_CACHE_HOME=" + t.TempDir()}, "go", "vet", "-vettool="+leanBinary, "-catalog=docs/users.yaml", "./...")
	if r.code == 0 || !strings.Contains(r.stderr, rawFinding) || strings.Contains(r.stderr, "users.yaml:") {
		t.Errorf("statuslint-vet with an OpenAPI document: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}
