//go:build delivery

package golangci

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/e2e/e2etest"
)

// binary is custom-gcl, built once for all the tests.
var binary string

func TestMain(m *testing.M) { e2etest.Main(m, "build-custom-gcl", "custom-gcl", &binary) }

// lint runs custom-gcl run in dir with its own cache, on args or ./...
// The tests run in parallel, which golangci-lint refuses without
// --allow-parallel-runners.
func lint(t *testing.T, dir string, args ...string) e2etest.Result {
	t.Helper()
	if len(args) == 0 {
		args = []string{"./..."}
	}
	args = append([]string{"run", "--allow-parallel-runners"}, args...)
	return e2etest.Run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, binary, args...)
}

// The findings on testdata/delivery/orders, as far as the tests assert
// them.
const (
	rawFinding          = "handlers/handlers.go:13:17: httpstatus: raw status 404"
	undocumentedFinding = "handlers/handlers.go:22:20: httpstatus: status 409 Conflict is not documented in docs/status-codes.md (statuslint)"
)

func TestFindings(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	r := lint(t, dir)
	if r.Code != 1 {
		t.Errorf("exit status %d, want 1 (issues); stderr:\n%s", r.Code, r.Stderr)
	}
	for _, want := range []string{rawFinding, undocumentedFinding, "* statuslint: 2"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.Stdout)
		}
	}
	// Head's statuses are documented, and Delete's line is silenced.
	for _, line := range []string{"handlers/handlers.go:27:", "handlers/handlers.go:32:"} {
		if strings.Contains(r.Stdout, line) {
			t.Errorf("output reports %s:\n%s", line, r.Stdout)
		}
	}
}

// TestNolint checks that //nolint:statuslint is what keeps Delete's literal
// quiet: without the comment it is reported.
func TestNolint(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	file := filepath.Join(dir, "handlers", "handlers.go")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	silenced := []byte(" //nolint:statuslint // kept as written on purpose")
	if !bytes.Contains(data, silenced) {
		t.Fatal("testdata lost its nolint comment")
	}
	if err := os.WriteFile(file, bytes.Replace(data, silenced, nil, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	r := lint(t, dir)
	want := "handlers/handlers.go:27:16: httpstatus: raw status 404"
	if !strings.Contains(r.Stdout, want) {
		t.Errorf("without //nolint, output lacks %q; exit %d, stderr:\n%s\nstdout:\n%s", want, r.Code, r.Stderr, r.Stdout)
	}
}

// TestSettingsTypo checks that a misspelt setting stops the run with an
// error naming it, instead of being ignored.
func TestSettingsTypo(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	config := filepath.Join(dir, ".golangci.yml")
	data, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, bytes.Replace(data, []byte("catalog:"), []byte("catalgo:"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	r := lint(t, dir)
	if r.Code == 0 || r.Code == 1 {
		t.Errorf("exit status %d, want an error status", r.Code)
	}
	if want := `unknown field "catalgo"`; !strings.Contains(r.Stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
	}
	if strings.Contains(r.Stdout, "statuslint") {
		t.Errorf("the run went on and reported:\n%s", r.Stdout)
	}
}

// TestCatalogRelativeToConfig runs custom-gcl from a package directory
// below the configuration file: the catalog path is still the config
// file's.
func TestCatalogRelativeToConfig(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	r := lint(t, filepath.Join(dir, "handlers"), ".")
	want := "status 409 Conflict is not documented in " + filepath.Join(dir, "docs", "status-codes.md")
	if !strings.Contains(r.Stdout, want) {
		t.Errorf("output lacks %q; stderr:\n%s\nstdout:\n%s", want, r.Stderr, r.Stdout)
	}
}
