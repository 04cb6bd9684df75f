//go:build delivery

package gopls

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/e2e/e2etest"
)

// binary is the gopls with statuslint, built once for all the tests.
var binary string

func TestMain(m *testing.M) { e2etest.Main(m, "build-gopls", "gopls", &binary) }

func gopls(t *testing.T, dir string, args ...string) e2etest.Result {
	t.Helper()
	r := e2etest.Run(t, dir, nil, binary, args...)
	if r.Code != 0 {
		t.Fatalf("gopls %s: exit %d\n%s", strings.Join(args, " "), r.Code, r.Stderr)
	}
	return r
}

func TestCheck(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	r := gopls(t, dir, "check", filepath.Join("handlers", "handlers.go"))
	file := filepath.Join(dir, "handlers", "handlers.go")
	for _, want := range []string{
		file + ":13:17-20: raw status 404",
		// Through respond.Status, a helper of another package: the
		// summary's facts cross packages in gopls too.
		file + ":22:20-39: status 409 Conflict is not documented in ",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("gopls check lacks %q:\n%s", want, r.Stdout)
		}
	}
	// Head's statuses are documented in every catalog.
	if strings.Contains(r.Stdout, file+":32:") {
		t.Errorf("gopls check reports Head:\n%s", r.Stdout)
	}
}

func TestQuickFix(t *testing.T) {
	t.Parallel()
	dir := e2etest.Copy(t, "orders")
	file := filepath.Join("handlers", "handlers.go")

	r := gopls(t, dir, "codeaction", "-kind=quickfix", file+":13:17")
	if want := `"Replace 404 with http.StatusNotFound" [quickfix]`; !strings.Contains(r.Stdout, want) {
		t.Errorf("codeaction at the literal lacks %q:\n%s", want, r.Stdout)
	}

	r = gopls(t, dir, "codeaction", "-kind=quickfix", "-exec", "-diff", file+":13:17")
	for _, want := range []string{"-\t\tw.WriteHeader(404)\n", "+\t\tw.WriteHeader(http.StatusNotFound)\n"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("the fix's diff lacks %q:\n%s", want, r.Stdout)
		}
	}

	// The undocumented status has no fix to offer: no quick fix there.
	r = gopls(t, dir, "codeaction", "-kind=quickfix", file+":22:20")
	if strings.Contains(r.Stdout, "[quickfix]") {
		t.Errorf("codeaction at the undocumented status offers a fix:\n%s", r.Stdout)
	}
}
