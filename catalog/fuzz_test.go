package catalog

import (
	"bytes"
	"errors"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzParse feeds documents to Parse in each format: it must not panic, an
// error must be one line, and a catalog it returns must be valid, sorted,
// and read back unchanged from its JSON and its Markdown.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob(fixture("*"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(0), data)
		f.Add(uint8(1), data)
	}
	f.Add(uint8(2), defaultMarkdown)
	f.Add(uint8(0), []byte("## Close codes\n\n| code | name |\n|---|---|\n| 4000 | x |\n| 4000 | y |\n"))
	f.Add(uint8(0), []byte("# Gateway\n## Opcodes\ncode | dir | name\n-|-|-\n1 | send | a \\| b\n2 | receive | `c`\n"))
	f.Add(uint8(1), []byte("Codes\n200 OK\nDescription:\nFine.\n404: Not Found\n5xx\n"))
	f.Add(uint8(2), []byte("http:\n  - {code: 200, name: OK}\nhttp_ranges: [{class: 5xx}]\nerror_shape: [a, code]\n"))
	f.Add(uint8(3), []byte(`{"close_codes": [{"code": 4000, "name": "x", "action": "resume"}], "opcodes": [{"code": 1, "direction": "both"}]}`))
	exts := []string{".md", ".txt", ".yaml", ".json"}
	f.Fuzz(func(t *testing.T, format uint8, data []byte) {
		name := "fuzz" + exts[int(format)%len(exts)]
		c, err := Parse(name, data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, not *Error", err, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not one line: %q", err.Error())
			}
			return
		}
		if c.empty() {
			t.Fatal("Parse returned a catalog with no codes")
		}
		if err := validate(c); err != nil {
			t.Fatalf("Parse returned an invalid catalog: %v", err)
		}
		sorted := c.clone()
		sortEntries(sorted)
		if diff := cmp.Diff(sorted, c); diff != "" {
			t.Fatalf("entries not sorted (-sorted +got):\n%s", diff)
		}
		var js, md bytes.Buffer
		if err := c.WriteJSON(&js); err != nil {
			t.Fatal(err)
		}
		back, err := Parse("back.json", js.Bytes())
		if err != nil {
			t.Fatalf("JSON of a parsed catalog does not parse: %v\n%s", err, js.String())
		}
		if diff := cmp.Diff(c, back, ignorePlaces); diff != "" {
			t.Fatalf("JSON round trip mismatch (-want +got):\n%s", diff)
		}
		if err := c.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		back, err = Parse("back.md", md.Bytes())
		if err != nil {
			t.Fatalf("Markdown of a parsed catalog does not parse: %v\n%s", err, md.String())
		}
		if diff := cmp.Diff(c, back, ignorePlaces); diff != "" {
			t.Fatalf("Markdown round trip mismatch (-want +got):\n%s\n%s", diff, md.String())
		}
		var src bytes.Buffer
		if err := c.WriteGo(&src, "codes"); err != nil {
			t.Fatalf("WriteGo: %v", err)
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "codes.go", src.Bytes(), 0); err != nil {
			t.Fatalf("WriteGo wrote Go that does not parse: %v\n%s", err, src.String())
		}
	})
}
