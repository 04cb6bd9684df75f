package read

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

	"github.com/statuslint/statuslint/catalog"
)

// FuzzParse feeds documents to Parse in each format: it must not panic, an
// error must be one line, and a catalog it returns must be valid, sorted,
// and read back unchanged from its JSON and its Markdown.
func FuzzParse(f *testing.F) {
	// Every fixture of the project's, and the real pages and seeds of the
	// workplace's shared folder when it is beside the clone (as in CI).
	var paths []string
	for _, dir := range []string{fixture("."), filepath.Join("..", "..", "..", "shared", "realdocs"), filepath.Join("..", "..", "..", "shared", "seeds")} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				paths = append(paths, path)
			}
			return nil // a folder that is not there gives no seeds
		})
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(0), data)
		f.Add(uint8(1), data)
	}
	_, def := catalog.DefaultDocument()
	f.Add(uint8(0), def)
	f.Add(uint8(0), []byte("## Close codes\n\n| code | name |\n|---|---|\n| 4000 | x |\n| 4000 | y |\n"))
	f.Add(uint8(0), []byte("# Gateway\n## Opcodes\ncode | dir | name\n-|-|-\n1 | send | a \\| b\n2 | receive | `c`\n"))
	f.Add(uint8(1), []byte("Codes\n200 OK\nDescription:\nFine.\n404: Not Found\n5xx\n"))
	f.Add(uint8(2), []byte("http:\n  - {code: 200, name: OK}\nhttp_ranges: [{class: 5xx}]\nerror_shape: [a, code]\n"))
	f.Add(uint8(3), []byte(`{"close_codes": [{"code": 4000, "name": "x", "action": "resume"}], "opcodes": [{"code": 1, "direction": "both"}]}`))
	// Inputs the fuzz test once failed on (format 0 is .md, 2 .yaml, 3 .json).
	f.Add(uint8(3), []byte(`{"http":[{"code":100}],"error_codes":[{"code":1000}],"error_shape":["C&00","0"]}`))
	f.Add(uint8(0), []byte(" # Error\n ## 0 0\nAA\n0000000000000000000000000000000000000001000000000"))
	f.Add(uint8(0), []byte("<tABle></tr >0"))
	f.Add(uint8(2), []byte("opcodes:\n  - code: 0\nerror_shape: [0] "))
	f.Add(uint8(3), []byte(`{"error_codes":[{"code":"A"}],"opcodes":[{"code":0}],"error_shape":["Code","0"]}`))
	f.Add(uint8(0), []byte("<!--statuslint:Close-->\n0\n- 04000\n<!--statuslint:Close scope=0-->\n* 4000"))
	f.Add(uint8(0), []byte("# disConneCt\n ## A0\n```\nCode:3000\nReAson:0 \""))
	f.Add(uint8(0), []byte("Error \n -|-\n404|Found"))
	f.Add(uint8(1), []byte("{\"swagger\":200A,  \"pAths\": {\"\": {\"post\":{\"responses\":{}}} }}0"))
	f.Add(uint8(2), []byte("openapi: 3A000\n0000: 0000\npaths:\n 00:\n  get:\n    responses:"))
	f.Add(uint8(0), []byte("## Errors\n\n| Code | HTTP status |\n|---|---|\n| -3 | 404 |\n| X_Y | 409 |\n\n<!-- statuslint: close-codes scope=\"two words\" -->\n- 4000-4099: a range\n"))
	f.Add(uint8(0), []byte("## HTTP status codes\n\n<table>\n  <thead>\n    <tr><th>Status</th><th>Meaning</th></tr>\n  </thead>\n  <tbody>\n    <tr><td><code>2\xed\xa0$K\x14\xecc\xd1#\xebm<\xbe\x10\x90\x9d\x01U00</code></td><td>the cloth is woven</td></tr>\n\n    <tr><td>429</td><td>\noo many threads at once;<br>wait</td></tr>\n  </tbody>\n</table>"))
	f.Add(uint8(3), []byte(`{"http":[{"code":200,"meaning":"OK - fine"}]}`))
	f.Add(uint8(3), []byte(`{"http":[{"code":200}],"error_shape":{"fields":["a"],"code":"a","message":"a"}}`))
	f.Add(uint8(3), []byte(`{"http":[{"code":200}],"error_shape":{"fields":["x"],"path":"error"}}`))
	f.Add(uint8(3), []byte(`{"http":[{"code":200}],"error_shape":{"fields":["code","x"],"code":"code","path":"a..b"}}`))
	f.Add(uint8(3), []byte(`{"error_shape":{"fields":["q","z"],"message":"q","path":"e[].f"},"server_error_shape":{"fields":["m"],"message":"m","path":"x[]"}}`))
	f.Add(uint8(2), []byte("openapi: 3.0.0\ninfo: {title: t, version: \"1\"}\nservers: [{url: \"http://x/a%20%20b/\"}]\npaths:\n  \"/a  b\":\n    get:\n      operationId: \" x  y \"\n      responses:\n        \"404\":\n          description: no\n          content:\n            application/json:\n              schema: {type: object, properties: {\" code \": {type: integer, enum: [1]}}}\n"))
	f.Add(uint8(2), []byte("openapi: 3.0.0\ninfo: {title: t, version: \"1\"}\npaths:\n  /a:\n    get:\n      responses:\n        \"404\":\n          description: no\n          content:\n            application/json:\n              schema: {$ref: \"#/components/schemas/A\"}\ncomponents:\n  schemas:\n    A: {allOf: [{$ref: \"#/components/schemas/A\"}, {type: object, properties: {code: {type: integer}}}]}\n"))
	f.Fuzz(checkParse)
}

// fuzzExts are the formats of FuzzParse's first argument.
var fuzzExts = []string{".md", ".txt", ".yaml", ".json"}

// checkParse is the property FuzzParse checks of one document.
func checkParse(t *testing.T, format uint8, data []byte) {
	name := "fuzz" + fuzzExts[int(format)%len(fuzzExts)]
	c, err := Parse(name, data)
	if err != nil {
		var e *catalog.Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v is a %T, not *Error", err, err)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("error is not one line: %q", err.Error())
		}
		return
	}
	if c.Empty() {
		t.Fatal("Parse returned a catalog with no codes")
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("Parse returned an invalid catalog: %v", err)
	}
	sorted := c.Clone()
	sorted.Sort()
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
	// A page of status codes has no operations: the Markdown form
	// keeps the API-wide codes of an OpenAPI document and drops its
	// per-operation lists (the README says so), so a document of
	// operations alone has no page.
	page := c.Clone()
	page.Operations = nil
	if page.Empty() {
		return
	}
	if err := c.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	back, err = Parse("back.md", md.Bytes())
	if err != nil {
		t.Fatalf("Markdown of a parsed catalog does not parse: %v\n%s", err, md.String())
	}
	if diff := cmp.Diff(page, back, ignorePlaces); diff != "" {
		t.Fatalf("Markdown round trip mismatch (-want +got):\n%s\n%s", diff, md.String())
	}
	var src bytes.Buffer
	if err := c.WriteGo(&src, "codes"); err != nil {
		t.Fatalf("WriteGo: %v", err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "codes.go", src.Bytes(), 0); err != nil {
		t.Fatalf("WriteGo wrote Go that does not parse: %v\n%s", err, src.String())
	}
}
