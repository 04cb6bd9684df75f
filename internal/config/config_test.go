package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFile(t *testing.T) {
	t.Parallel()
	fs, err := parseFile("statuslint.yaml", []byte("# settings\ncatalog: [docs/a.md, b.yaml]\ndisable: raw-status,closecode\nenable: [raw-close-code]\nhttpstatus:\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(fs.catalogs, " ") != "docs/a.md b.yaml" {
		t.Errorf("catalogs = %q", fs.catalogs)
	}
	if !fs.sel.disable["raw-status"] || !fs.sel.disable["closecode"] || !fs.sel.enable["raw-close-code"] {
		t.Errorf("selection = %+v", fs.sel)
	}
}

func TestParseFileErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"catalog: a.md\ndisabel: [x]\n", `statuslint.yaml:2: unknown key "disabel"`},
		{"disable: [raw-statuses]\n", `statuslint.yaml:1: unknown pass or category "raw-statuses"`},
		{"catalog: a.md\n\nhttpstatus:\n  strict: true\n", `statuslint.yaml:4: unknown key "strict": httpstatus has no options`},
		{"catalog: {a: b}\n", "statuslint.yaml:1: want a string or a list of strings"},
		{"catalog: ''\n", "statuslint.yaml:1: empty catalog path"},
		{"- a\n- b\n", "statuslint.yaml:1: want a mapping"},
		{"catalog: a.md\ncatalog: b.md\n", `statuslint.yaml:2: "catalog" given twice`},
		{"catalog: [a.md\n", "statuslint.yaml:"},
	}
	for _, tt := range tests {
		_, err := parseFile("statuslint.yaml", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parseFile(%q) = %v, want an error starting %q", tt.src, err, tt.want)
		}
	}
	if fs, err := parseFile("statuslint.yaml", nil); err != nil || len(fs.catalogs) != 0 {
		t.Errorf("an empty file: %v, %+v", err, fs)
	}
}

// TestEnabled checks the precedence: flags over the file, a category over
// its pass, -enable over -disable.
func TestEnabled(t *testing.T) {
	t.Parallel()
	sel := func(enable, disable string) selection {
		s := selection{enable: map[string]bool{}, disable: map[string]bool{}}
		for _, n := range strings.Fields(enable) {
			s.enable[n] = true
		}
		for _, n := range strings.Fields(disable) {
			s.disable[n] = true
		}
		return s
	}
	c := &Config{
		fileSel: sel("raw-close-code", "closecode raw-status undocumented-status"),
		flagSel: sel("undocumented-status", "invalid-status"),
	}
	for cat, want := range map[string]bool{
		"raw-close-code":          true,  // the file names the category over its pass
		"invalid-close-code":      false, // the file turns closecode off
		"raw-status":              false, // the file
		"undocumented-status":     true,  // a flag over the file
		"invalid-status":          false, // a flag
		"undocumented-error-code": true,  // nobody names it
		CategoryUnusedIgnore:      true,
	} {
		if got := c.Enabled(cat); got != want {
			t.Errorf("Enabled(%s) = %v, want %v", cat, got, want)
		}
	}
	if !c.PassEnabled("closecode") || !c.PassEnabled("httpstatus") {
		t.Errorf("a pass with one enabled category is enabled")
	}
	off := &Config{fileSel: sel("", "errorcode")}
	if off.PassEnabled("errorcode") {
		t.Errorf("errorcode disabled by the file is enabled")
	}
}

// TestFind checks that the nearest config file between a package's
// directory and its module root is found, and none above the root.
func TestFind(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	mod := filepath.Join(top, "mod")
	pkg := filepath.Join(mod, "a", "b")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(top, "statuslint.yaml"), "") // above the module: not ours
	writeFile(t, filepath.Join(mod, "go.mod"), "module m\n")
	if file, root := find(pkg); file != "" || root != mod {
		t.Errorf("find = %q, %q; want no file and root %q", file, root, mod)
	}
	writeFile(t, filepath.Join(mod, ".statuslint.yaml"), "")
	if file, _ := find(pkg); file != filepath.Join(mod, ".statuslint.yaml") {
		t.Errorf("find = %q, want the root's .statuslint.yaml", file)
	}
	writeFile(t, filepath.Join(mod, "a", "statuslint.yaml"), "")
	if file, _ := find(pkg); file != filepath.Join(mod, "a", "statuslint.yaml") {
		t.Errorf("find = %q, want the nearer a/statuslint.yaml", file)
	}
}

// TestBuild checks that a config file's catalog is read relative to the
// file and named relative to the module root, and that a second call
// shares the result.
func TestBuild(t *testing.T) {
	t.Parallel()
	mod := t.TempDir()
	writeFile(t, filepath.Join(mod, "go.mod"), "module m\n")
	writeFile(t, filepath.Join(mod, "api", "docs", "codes.md"), "# API\n\n## HTTP statuses\n\n| code | name |\n|---|---|\n| 200 | OK |\n")
	writeFile(t, filepath.Join(mod, "api", "statuslint.yaml"), "catalog: docs/codes.md\n")
	pkg := filepath.Join(mod, "api", "h")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	c, err := ForDir(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Default || c.Catalog.Describe() != "api/docs/codes.md" || c.File != "api/statuslint.yaml" {
		t.Errorf("catalog %q (default %v), file %q", c.Catalog.Describe(), c.Default, c.File)
	}
	if again, _ := ForDir(filepath.Join(mod, "api")); again != c {
		t.Errorf("two packages under one file got two configs")
	}
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
