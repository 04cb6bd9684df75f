package analysisdoc

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const docGo = `// Package p is a pass.
//
// # Analyzer one
//
// one: check a thing
//
// It reports things.
//
//	w.WriteHeader(404)
//
// # Analyzer two
//
// two: check another thing
package p
`

func TestExtractTakesOnlyItsSection(t *testing.T) {
	t.Parallel()
	got, err := Extract([]byte(docGo), "one")
	if err != nil {
		t.Fatal(err)
	}
	want := "one: check a thing\n\nIt reports things.\n\n\tw.WriteHeader(404)"
	if got != want {
		t.Errorf("Extract(one) = %q, want %q", got, want)
	}
	got, err = Extract([]byte(docGo), "two")
	if err != nil || got != "two: check another thing" {
		t.Errorf("Extract(two) = %q, %v", got, err)
	}
}

func TestExtractErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, src, want string }{
		{"missing", docGo, `no "# Analyzer three" section`},
		{"three", "package p\n", "no package comment"},
		{"three", "// # Analyzer three\npackage p\n", "is empty"},
		{"three", "not go", "analysisdoc:"},
	} {
		name := tc.name
		if name == "missing" {
			name = "three"
		}
		_, err := Extract([]byte(tc.src), name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%q) error = %v, want one containing %q", tc.src, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("error %q is not one line", err)
		}
	}
}

func TestMustExtractPanics(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("MustExtract of a missing section did not panic")
		}
	}()
	MustExtract([]byte("package p\n"), "x")
}

// TestLineCommentIsTheParsersText checks the fast path against the
// parser, on this package's fixture and on every pass's doc.go.
func TestLineCommentIsTheParsersText(t *testing.T) {
	t.Parallel()
	files := map[string][]byte{"fixture": []byte(docGo)}
	for _, pass := range []string{"httpstatus", "errorcode", "closecode", "leak5xx", "opstatus"} {
		data, err := os.ReadFile(filepath.Join("..", "..", pass, "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		files[pass] = data
	}
	files["directive"] = []byte("//go:build ignore\n\n// Package p.\n//\n//go:generate x\n// More.\npackage p\n")
	for name, data := range files {
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", data, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := lineComment(data)
		if !ok {
			t.Errorf("%s: lineComment did not read the comment", name)
			continue
		}
		if want := f.Doc.Text(); got != want {
			t.Errorf("%s: lineComment =\n%q\nthe parser's Text =\n%q", name, got, want)
		}
	}
	if _, ok := lineComment([]byte("/* Package p. */\npackage p\n")); ok {
		t.Error("lineComment read a block comment; the parser must")
	}
}
