package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// write creates the file name under dir with content.
func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// admin is a nested package with suppression comments: one with a
// reason over a finding, one without a reason, and two that silence
// nothing (one of them for a pass the config file turns off).
const admin = `package admin

import "net/http"

func Ban(w http.ResponseWriter) {
	w.WriteHeader(418) //statuslint:ignore raw-status,undocumented-status the teapot is the joke
	//statuslint:ignore raw-status
	w.WriteHeader(404)
	//statuslint:ignore raw-close-code closecode is off here
	w.WriteHeader(http.StatusOK)
	//statuslint:ignore invalid-status left from an old version
	w.WriteHeader(http.StatusOK)
}
`

// The lines statuslint prints for admin under the config file below.
var adminWant = []string{
	"admin.go:7:2: this //statuslint:ignore needs a reason after raw-status",
	"admin.go:8:16: raw status 404 Not Found: use http.StatusNotFound",
	"admin.go:11:2: //statuslint:ignore invalid-status silences no finding here: remove it",
}

const shopConfig = "# the shop's statuslint configuration\ncatalog: docs/status-codes.md\ndisable: [closecode]\n"

// TestConfigAndSuppressions checks, standalone and under go vet, run from
// a nested package's directory, that the config file at the module root
// names the catalog (relative to the file) and turns a pass off, and that
// suppression comments silence, are reported when they lack a reason,
// and are reported when they silence nothing.
func TestConfigAndSuppressions(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	write(t, dir, "statuslint.yaml", shopConfig)
	write(t, dir, "handlers/admin/admin.go", admin)
	nested := filepath.Join(dir, "handlers", "admin")

	r := run(t, nested, binary, ".")
	if r.code != 3 {
		t.Errorf("standalone: exit %d, want 3; stderr:\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != len(adminWant) {
		t.Errorf("standalone: %d lines, want %d:\n%s", len(lines), len(adminWant), r.stderr)
	}
	for i, want := range adminWant {
		if i < len(lines) && !strings.HasPrefix(lines[i], want) {
			t.Errorf("standalone line %d = %q, want it to start %q", i+1, lines[i], want)
		}
	}
	for _, l := range lines {
		if !regexp.MustCompile(` \[[a-z-]+\]$`).MatchString(l) {
			t.Errorf("line %q does not end with its [category]", l)
		}
	}
	if !strings.Contains(r.stderr, "http.StatusNotFound (fixable) [raw-status]") ||
		!strings.Contains(r.stderr, "it silences nothing [malformed-ignore]") ||
		!strings.Contains(r.stderr, "remove it [unused-ignore]") {
		t.Errorf("standalone: categories or fix marks missing:\n%s", r.stderr)
	}

	r = run(t, nested, "go", "vet", "-vettool="+binary, ".")
	if r.code == 0 {
		t.Errorf("go vet: exit 0, want findings")
	}
	for _, want := range adminWant {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("go vet: stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "418") || strings.Contains(r.stderr, "raw-close-code silences") {
		t.Errorf("go vet: a silenced finding or a disabled pass's ignore is reported:\n%s", r.stderr)
	}

	// The catalog the file names is the one used: 409 is undocumented in
	// docs/status-codes.md, and the message names it.
	r = run(t, dir, binary, "./handlers")
	if !strings.Contains(r.stderr, "status 409 Conflict is not documented in docs/status-codes.md [undocumented-status]") {
		t.Errorf("the config file's catalog is not used:\n%s", r.stderr)
	}
	// A flag overrides the file: -enable turns closecode back on (its
	// unused ignore is now reported), -disable a category.
	r = run(t, nested, binary, "-enable=closecode", "-disable=raw-status", ".")
	if !strings.Contains(r.stderr, "raw-close-code silences no finding here") || strings.Contains(r.stderr, "[raw-status]") {
		t.Errorf("flags do not override the file:\n%s", r.stderr)
	}
}

// TestConfigErrors checks that a config file with an unknown key or a
// missing catalog stops the run with file:line and exit 1, standalone and
// under go vet, and that go vet's cache sees the file change.
func TestConfigErrors(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	write(t, dir, "statuslint.yaml", "catalog: docs/status-codes.md\ndisabel: [closecode]\n")
	want := `statuslint.yaml:2: unknown key "disabel"`
	r := run(t, filepath.Join(dir, "handlers"), binary, ".")
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "statuslint: "+want) {
		t.Errorf("standalone: exit %d, stderr %q, want one line %q and exit 1", r.code, r.stderr, want)
	}
	r = run(t, dir, "go", "vet", "-vettool="+binary, "./handlers")
	if r.code != 1 || strings.Count(r.stderr, want) != 1 {
		t.Errorf("go vet: exit %d, want 1 and %q once:\n%s", r.code, want, r.stderr)
	}

	write(t, dir, "statuslint.yaml", "catalog: docs/missing.md\n")
	r = run(t, dir, binary, "./...")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "statuslint: docs/missing.md: cannot read") {
		t.Errorf("missing catalog: exit %d, stderr %q", r.code, r.stderr)
	}

	// Fixed, the file applies under go vet at once; and go vet's cache
	// key covers it: a clean run is cached, and a change to the file
	// that turns findings on must not replay it.
	write(t, dir, "statuslint.yaml", "catalog: docs/status-codes.md\ndisable: [httpstatus]\n")
	r = run(t, dir, "go", "vet", "-vettool="+binary, "./handlers")
	if r.code != 0 {
		t.Errorf("go vet with httpstatus off: exit %d:\n%s", r.code, r.stderr)
	}
	write(t, dir, "statuslint.yaml", "catalog: docs/status-codes.md\ndisable: [undocumented-status]\n")
	r = run(t, dir, "go", "vet", "-vettool="+binary, "./handlers")
	if !strings.Contains(r.stderr, rawFinding) || strings.Contains(r.stderr, "409") {
		t.Errorf("go vet after changing the config file (a stale cache?):\n%s", r.stderr)
	}
}

// TestExitCodes checks the README's table of exit statuses through the
// built binary.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	write(t, dir, "broken/broken.go", "package broken\n\nvar x int = \"no\"\n")
	cat := "-catalog=docs/status-codes.md"
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a line that stderr holds, or ""
	}{
		{"clean", []string{cat, "."}, 0, ""},
		{"findings", []string{cat, "./handlers"}, 3, undocumentedFinding},
		{"findings and type errors", []string{cat, "./handlers", "./broken"}, 1, `broken/broken.go:3:13: cannot use "no"`},
		{"json with findings", []string{"-json", cat, "./handlers"}, 0, ""},
		{"format json", []string{"-format=json", cat, "./handlers"}, 0, ""},
		{"json with a broken package", []string{"-json", cat, "./handlers", "./broken"}, 1, `broken/broken.go:3:13: cannot use "no"`},
		{"no packages", []string{cat}, 2, "Usage:"},
		{"diff without fix", []string{"-diff", "./..."}, 2, "statuslint: -diff shows what -fix would change: use -fix -diff"},
		{"every pass disabled", []string{"-disable=httpstatus,errorcode,closecode,leak5xx,opstatus", "./..."}, 2, "statuslint: every pass is disabled: nothing to check"},
		{"every pass off", []string{"-httpstatus=false", "-errorcode=false", "-closecode=false", "-leak5xx=false", "-opstatus=false", "./..."}, 2, "statuslint: every pass is disabled: nothing to check"},
		{"empty catalog flag", []string{"-catalog=", "./..."}, 2, `statuslint: invalid value "" for flag -catalog: empty path`},
		{"unknown category", []string{"-disable=raw-statuses", "./..."}, 2, `unknown pass or category "raw-statuses"`},
		{"bad format", []string{"-format=xml", "./..."}, 2, `invalid value "xml" for flag -format`},
		{"unknown flag", []string{"-jsn", "./..."}, 2, "statuslint: flag provided but not defined: -jsn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, dir, binary, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
			}
			if tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.code == 2 && tt.stderr != "Usage:" && strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("a bad command line gives one line, got:\n%s", r.stderr)
			}
			if strings.HasPrefix(tt.name, "json") && !json.Valid([]byte(r.stdout)) {
				t.Errorf("stdout is not JSON:\n%s", r.stdout)
			}
			if strings.Contains(r.stderr, "-: ") {
				t.Errorf("an error with the -: prefix:\n%s", r.stderr)
			}
		})
	}
}

// TestFix checks -fix and -fix -diff: the exit status says whether
// findings without a fix remain, -diff writes nothing, and the fixed
// module builds.
func TestFix(t *testing.T) {
	t.Parallel()
	cat := "-catalog=docs/status-codes.md"
	orig := readFile(t, shop(t), "handlers/orders.go")

	dir := shop(t)
	r := run(t, dir, binary, "-fix", "-diff", cat, "./...")
	if r.code != 3 {
		t.Errorf("-fix -diff with 409 unfixable: exit %d, want 3; stderr:\n%s", r.code, r.stderr)
	}
	wantDiff := "--- a/handlers/orders.go\n+++ b/handlers/orders.go\n"
	if !strings.HasPrefix(r.stdout, wantDiff) || !strings.Contains(r.stdout, "\n-\t\tw.WriteHeader(404)\n+\t\tw.WriteHeader(http.StatusNotFound)\n") {
		t.Errorf("-fix -diff: stdout:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, undocumentedFinding) || strings.Contains(r.stderr, "raw status") {
		t.Errorf("-fix -diff: stderr should list only the finding without a fix:\n%s", r.stderr)
	}
	if got := readFile(t, dir, "handlers/orders.go"); got != orig {
		t.Errorf("-fix -diff changed the file")
	}
	r = run(t, dir, binary, "-fix", "-diff", "-disable=undocumented-status", cat, "./...")
	if r.code != 0 || r.stdout == "" {
		t.Errorf("-fix -diff, all fixable: exit %d, want 0 with a diff; stderr:\n%s", r.code, r.stderr)
	}

	r = run(t, dir, binary, "-fix", cat, "./...")
	if r.code != 3 || !strings.Contains(r.stderr, undocumentedFinding) {
		t.Errorf("-fix with 409 unfixable: exit %d, want 3; stderr:\n%s", r.code, r.stderr)
	}
	if got := readFile(t, dir, "handlers/orders.go"); !strings.Contains(got, "w.WriteHeader(http.StatusNotFound)") {
		t.Errorf("-fix did not apply the fix:\n%s", got)
	}

	dir = shop(t)
	r = run(t, dir, binary, "-fix", "-disable=undocumented-status", cat, "./...")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("-fix, all fixed: exit %d, want 0 and nothing printed; stderr:\n%s", r.code, r.stderr)
	}
	if b := run(t, dir, "go", "build", "./..."); b.code != 0 {
		t.Errorf("the fixed module does not build: %s", b.stderr)
	}
	if again := run(t, dir, binary, "-disable=undocumented-status", cat, "./..."); again.code != 0 {
		t.Errorf("after -fix a second run finds: %s", again.stderr)
	}
}

// TestDefaultCatalogNote checks that without a config file or -catalog,
// the undocumented-* findings say once, at the end, that the default
// catalog was used, and that the note goes with a catalog named.
func TestDefaultCatalogNote(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	r := run(t, dir, binary, "./...")
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	note := "statuslint: note: the undocumented-* findings are checked against the embedded default catalog"
	if strings.Count(r.stderr, "default catalog, not your API's") != 1 || !strings.HasPrefix(lines[len(lines)-1], note) {
		t.Errorf("want the note once, as the last line:\n%s", r.stderr)
	}
	r = run(t, dir, binary, "-catalog=docs/status-codes.md", "./...")
	if strings.Contains(r.stderr, "note:") {
		t.Errorf("a note with -catalog:\n%s", r.stderr)
	}
}

// TestHelp checks statuslint help, help <pass>, help <category> and -help.
func TestHelp(t *testing.T) {
	t.Parallel()
	r := run(t, ".", binary, "help")
	if r.code != 0 {
		t.Fatalf("help: exit %d", r.code)
	}
	for _, name := range []string{"httpstatus", "errorcode", "closecode", "raw-status", "undocumented-status",
		"invalid-status", "undocumented-error-code", "error-body-status", "raw-error-code", "error-code-status", "undocumented-close-code",
		"invalid-close-code", "invalid-close-reason", "raw-close-code", "undocumented-opcode", "client-opcode",
		"unused-ignore", "malformed-ignore"} {
		if !regexp.MustCompile(`(?m)^ *` + name + ` +\S`).MatchString(r.stdout) {
			t.Errorf("help does not list %s on a line of its own:\n%s", name, r.stdout)
		}
	}
	r = run(t, ".", binary, "help", "httpstatus")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "httpstatus: check") || strings.Contains(r.stdout, "httpstatus: httpstatus") || strings.Contains(r.stdout, "go/analysis") ||
		strings.Contains(r.stdout, "c.JSON(0, body)                    // invalid-status") {
		t.Errorf("help httpstatus: exit %d:\n%s", r.code, r.stdout)
	}
	r = run(t, ".", binary, "help", "raw-close-code")
	if r.code != 0 || !strings.Contains(r.stdout, "reported by closecode") || !strings.Contains(r.stdout, "#raw-close-code") {
		t.Errorf("help raw-close-code: exit %d:\n%s", r.code, r.stdout)
	}
	r = run(t, ".", binary, "help", "nosuch")
	if r.code != 2 {
		t.Errorf("help nosuch: exit %d, want 2", r.code)
	}
	r = run(t, ".", binary, "-help")
	if r.code != 0 || !strings.Contains(r.stderr, "-catalog") || !strings.Contains(r.stderr, "-disable") ||
		strings.Contains(r.stderr, "-debug") || strings.Contains(r.stderr, "-memprofile") || strings.Contains(r.stderr, "-trace") || strings.Contains(r.stderr, "deprecated") {
		t.Errorf("-help: exit %d, want statuslint's own flags:\n%s", r.code, r.stderr)
	}
}

// TestVersionBuildInfo checks -version against the build information the
// go command reads from the binary.
func TestVersionBuildInfo(t *testing.T) {
	t.Parallel()
	info := run(t, ".", "go", "version", "-m", binary).stdout
	r := run(t, ".", binary, "-version")
	rev := regexp.MustCompile(`vcs\.revision=([0-9a-f]{12})`).FindStringSubmatch(info)
	mod := regexp.MustCompile(`(?m)^\s*mod\s+\S+\s+(\S+)`).FindStringSubmatch(info)
	switch {
	case rev != nil:
		if !strings.Contains(r.stdout, rev[1]) && (mod == nil || !strings.Contains(r.stdout, mod[1])) {
			t.Errorf("-version = %q, want the revision %s", r.stdout, rev[1])
		}
		if strings.HasPrefix(r.stdout, "statuslint (devel) go") {
			t.Errorf("-version = %q: (devel) alone with a revision recorded", r.stdout)
		}
	case mod != nil && mod[1] != "(devel)":
		if !strings.Contains(r.stdout, mod[1]) {
			t.Errorf("-version = %q, want the module version %s", r.stdout, mod[1])
		}
	default:
		if !strings.HasPrefix(r.stdout, "statuslint (devel) go") {
			t.Errorf("-version = %q, want (devel)", r.stdout)
		}
	}
}

// TestCatalogCache checks that a large catalog under go vet is parsed
// once into the user cache directory and read from there, and that an
// edit to it is seen.
func TestCatalogCache(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	cache := t.TempDir()
	var doc strings.Builder
	doc.WriteString("# Big API\n\n## HTTP statuses\n\n| code | name | meaning |\n|---|---|---|\n| 200 | OK | fine |\n| 404 | Not Found | missing |\n\n## JSON error codes\n\n| code | meaning |\n|---|---|\n")
	for i := 0; doc.Len() < 100<<10; i++ {
		fmt.Fprintf(&doc, "| %d | the error number %d of a long list |\n", 100000+i, i)
	}
	write(t, dir, "docs/big.md", doc.String())
	env := "XDG_CACHE_HOME=" + cache
	r := runEnv(t, dir, []string{env}, "go", "vet", "-vettool="+binary, "-catalog=docs/big.md", "./...")
	if !strings.Contains(r.stderr, "status 409 Conflict is not documented in docs/big.md") {
		t.Errorf("go vet with a large catalog:\n%s", r.stderr)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "statuslint", "catalog", "*.json"))
	if len(files) != 1 {
		t.Fatalf("cache holds %d catalogs, want 1: %v", len(files), files)
	}
	// Documenting 409 is a new key: a second entry, and the finding goes.
	write(t, dir, "docs/big.md", strings.Replace(doc.String(), "| 404 |", "| 409 | Conflict | exists |\n| 404 |", 1))
	r = runEnv(t, dir, []string{env}, "go", "vet", "-vettool="+binary, "-catalog=docs/big.md", "./...")
	if strings.Contains(r.stderr, "409") {
		t.Errorf("go vet after documenting 409:\n%s", r.stderr)
	}
	files, _ = filepath.Glob(filepath.Join(cache, "statuslint", "catalog", "*.json"))
	if len(files) != 2 {
		t.Errorf("cache holds %d catalogs, want 2", len(files))
	}
	if tmp, _ := filepath.Glob(filepath.Join(cache, "statuslint", "catalog", "tmp-*")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}
