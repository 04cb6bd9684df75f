package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCatalogExplain runs `statuslint catalog -explain` on a page and checks
// that it names each heading's kind and why, each block read with its count,
// each block skipped with its reason, and the warning for an odd row.
func TestCatalogExplain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	page := filepath.Join(dir, "codes.md")
	doc := "# Pond API\n\n## Error codes\n\n| Code | Meaning |\n|---|---|\n| 11 | no pond |\n| 12 | no fish |\n| soon | later |\n\n" +
		"## Pond disconnect codes\n\n- 4900: drained\n\n## Water levels\n\n| Level | Depth |\n|---|---|\n| low | 1 m |\n"
	if err := os.WriteFile(page, []byte(doc), 0o666); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, binary, "catalog", "-explain", "-catalog", page)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		page + `:3: heading "Error codes": error codes (words error, codes)`,
		page + `:5: table: 2 error codes (the heading; codes in column "Code")`,
		page + `:9: "soon" in the "Code" column is not an error code; row skipped`,
		page + `:11: heading "Pond disconnect codes": close codes (words disconnect, codes)`,
		page + `:13: list: 1 close codes`,
		page + `:15: heading "Water levels": its words name no kind; nothing in particular, from the section above`,
		page + `:17: table skipped: no column of HTTP statuses (its cells)`,
		page + `: read 2 error codes, 1 close code`,
	} {
		if !strings.Contains(r.stdout, want+"\n") {
			t.Errorf("-explain output lacks %q:\n%s", want, r.stdout)
		}
	}
	// Without -explain, the odd row is a warning on stderr.
	r = run(t, dir, binary, "catalog", "-json", "-catalog", page)
	if r.code != 0 || !strings.Contains(r.stderr, `warning: `+page+`:9: "soon" in the "Code" column is not an error code; row skipped`) {
		t.Errorf("exit %d, stderr %q: want the odd row as a warning", r.code, r.stderr)
	}
}

// TestCatalogNoCodes checks that a page with no codes names the headings it
// saw and points to -explain, and that a document over 8 MiB is refused in
// one line.
func TestCatalogNoCodes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	page := filepath.Join(dir, "about.md")
	if err := os.WriteFile(page, []byte("# About\n\n## History\n\nWe answer 200 to most calls.\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, binary, "catalog", "-json", "-catalog", page)
	want := "statuslint: " + page + `:1: no status codes, error codes, close codes or opcodes found (headings read: "About", "History"); run statuslint catalog -explain to see how it was read` + "\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("exit %d, stderr %q; want 1, %q", r.code, r.stderr, want)
	}
	big := filepath.Join(dir, "big.md")
	if err := os.WriteFile(big, []byte("# HTTP\n\n"+strings.Repeat("x", 8<<20)), 0o666); err != nil {
		t.Fatal(err)
	}
	r = run(t, dir, binary, "catalog", "-json", "-catalog", big)
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "over the limit of 8 MiB") {
		t.Errorf("exit %d, stderr %q; want one line naming the 8 MiB limit", r.code, r.stderr)
	}
}
