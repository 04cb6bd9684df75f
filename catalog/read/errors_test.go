package read

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/catalog"
)

// TestParseErrors checks every rejected document's one-line message.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"empty.md", " \n\t\n", "empty.md:1: empty document"},
		{"empty.yaml", "", "empty.yaml:1: empty document"},
		{"prose.md", "# About us\n\nWe answer most calls with 200, and POST may also return 201.\n",
			`prose.md:1: no status codes, error codes, close codes or opcodes found (headings read: "About us"); run statuslint catalog -explain to see how it was read`},
		{"nothing.yaml", "http: []\nerror_codes: []\n",
			"nothing.yaml:1: no status codes, error codes, close codes or opcodes found"},
		{"nocodes.md", "## Close codes\n\n| code | name |\n| --- | --- |\n| soon | later |\n",
			"nocodes.md:3: table under a close code heading has no column of codes"},
		{"badop.json", `{"http": [{"code": 200}], "operations": [{"method": "GET", "path": "/x", "statuses": [200], "verb": "get"}]}`,
			`badop.json:1: unknown key "verb" in an operations entry`},
		{"oprange.yaml", "http: [{code: 200}]\noperations:\n  - {method: GET, path: /x, statuses: [200, 999]}\n",
			"oprange.yaml:3: status 999 is out of range (100 to 599)"},
		{"noopcodes.md", "## Opcodes\n\n| code | name |\n| --- | --- |\n| soon | later |\n",
			"noopcodes.md:3: table under an opcode heading has no column of codes"},
		{"badrow.md", "## Error codes\n\n| code | meaning |\n|---|---|\n| 1001 | unknown user |\n| TBD | to be decided |\n",
			`badrow.md:6: "TBD" in the "code" column is not an error code`},
		{"s999.md", "## HTTP\n\n| code | meaning |\n|---|---|\n| 200 | fine |\n| 999 | odd |\n",
			"s999.md:6: status 999 is out of range (100 to 599)"},
		{"s999h.md", "# Codes\n\n## 999: Weird\n\nNot a status.\n", "s999h.md:3: status 999 is out of range (100 to 599)"},
		{"class.md", "## HTTP\n\n| code | meaning |\n|---|---|\n| 9xx | odd |\n",
			"class.md:5: status class 9xx is out of range (1xx to 5xx)"},
		{"c70000.md", "## Close codes\n\n| code | name |\n|---|---|\n| 4000 | ok |\n| 70000 | too big |\n",
			"c70000.md:6: close code 70000 is out of range (1000 to 4999)"},
		{"c999.md", "## Close codes\n\n| code | name |\n|---|---|\n| 999 | too small |\n",
			"c999.md:5: close code 999 is out of range (1000 to 4999)"},
		{"c2000.md", "## Close codes\n\n| code | name |\n|---|---|\n| 2000 | reserved |\n",
			"c2000.md:5: close code 2000 is reserved by RFC 6455 (1016 to 2999 are unassigned)"},
		{"shapecode.json", `{"error_codes": [{"code": 1}], "error_shape": {"fields": ["a"], "code": "b"}}`,
			`shapecode.json:1: error body names code field "b", which is not one of its fields`},
		{"shapeboth.json", `{"error_codes": [{"code": 1}], "error_shape": {"fields": ["a"], "code": "a", "message": "a"}}`,
			`shapeboth.json:1: error body names field "a" as both its code and its message`},
		{"shapepath.json", `{"error_codes": [{"code": 1}], "error_shape": {"fields": ["code"], "code": "code", "path": "a..b"}}`,
			`shapepath.json:1: error body has path "a..b": want field names joined by dots, each with [] for a list`},
		{"shapedeep.yaml", "error_codes: [{code: 1}]\nserver_error_shape: {fields: [message], message: message, path: \"a.b[].c.d\"}\n",
			`shapedeep.yaml:2: 5xx body has path "a.b[].c.d": deeper than 3 fields`},
		{"shapenowhere.json", `{"error_codes": [{"code": 1}], "error_shape": {"fields": ["x"], "path": "error"}}`,
			`shapenowhere.json:1: error body has path "error" but names no code or message field`},
		{"shapekey.yaml", "error_shape:\n  fields: [a]\n  colour: red\n", `shapekey.yaml:3: unknown key "colour" in a shape`},
		{"status.yaml", "error_codes:\n  - {code: 7, status: 700}\n", "status.yaml:2: error code 7 has status 700, out of range (100 to 599)"},
		{"range.md", "## Close codes\n\n- 4000: fine\n- 4000-5999: too far\n", "range.md:4: close-code range 4000-5999 is out of range (0 to 4999, low to high)"},
		{"dupscope.md", "## Voice close codes\n\n| code | name |\n|---|---|\n| 4000 | a |\n| 4000 | b |\n\n## Gateway close codes\n\n| code | name |\n|---|---|\n| 4000 | c |\n",
			"dupscope.md:6: duplicate close code 4000 (voice) (first at dupscope.md:5)"},
		{"twowords.json", "{\"error_codes\": [{\"code\": \"not a code\"}]}",
			`twowords.json:1: error code "not a code" is not a code: want letters, digits and _ . : - only`},
		{"neg.md", "## JSON error codes\n\n| code | meaning |\n|---|---|\n| -1 | below zero |\n| -99999999999 | far below |\n",
			"neg.md:6: error code -99999999999 is out of range"},
		{"big.md", "## JSON error codes\n\n| code | meaning |\n|---|---|\n| 99999999999 | huge |\n",
			"big.md:5: error code 99999999999 is out of range"},
		{"negop.md", "## Opcodes\n\n| code | name |\n|---|---|\n| -3 | under |\n",
			"negop.md:5: opcode -3 is negative"},
		{"dup.md", "## HTTP\n\n| code | meaning |\n|---|---|\n| 404 | gone |\n| 404 | missing |\n",
			"dup.md:6: duplicate status 404 (first at dup.md:5)"},
		{"dup2.md", "# Codes\n\n## 404: Not Found\n\nGone.\n\n## 404: Not Found\n\nStill gone.\n",
			"dup2.md:7: duplicate status 404 (first at dup2.md:3)"},
		{"dupclose.md", "## Close codes\n\n| code | name |\n|---|---|\n| 4000 | a |\n| 4001 | b |\n| 4000 | c |\n",
			"dupclose.md:7: duplicate close code 4000 (first at dupclose.md:5)"},
		{"unknown.yaml", "http:\n  - code: 200\n    colour: green\n",
			`unknown.yaml:3: unknown key "colour" in http entry`},
		{"top.yaml", "http: []\nextra: 1\n", `top.yaml:2: unknown key "extra" in catalog`},
		{"type.yaml", "error_codes:\n  - code: 1.5\n", `type.yaml:2: code must be an integer or a string, not "1.5"`},
		{"nocode.yaml", "opcodes:\n  - name: ping\n", "nocode.yaml:2: opcodes entry has no code"},
		{"dir.yaml", "opcodes:\n  - code: 1\n    direction: sideways\n",
			`dir.yaml:2: opcode 1 has direction "sideways", want "both", "client" or "server"`},
		{"neg.yaml", "error_codes:\n  - code: 5\n  - code: -3000000000\n", "neg.yaml:3: error code -3000000000 is out of range (-2147483648 to 2147483647)"},
		{"range.yaml", "http_ranges:\n  - {class: 4xx, from: 400, to: 450}\n",
			"range.yaml:2: status class 4xx must run from 400 to 499, not 400 to 450"},
		{"syntax.yaml", "http:\n  - code: 200\n    name: a: b\n", "syntax.yaml:3: invalid YAML: mapping values are not allowed in this context"},
		{"list.yaml", "- 200\n- 404\n", "list.yaml:1: a catalog must be a mapping of sections"},
		{"syntax.json", "{\n  \"http\": [\n    {\"code\": 200,}\n  ]\n}\n",
			"syntax.json:3: invalid JSON: invalid character '}' looking for beginning of object key string"},
		{"unknown.json", "{\"http\": [{\"code\": 200, \"reason\": \"OK\"}]}",
			`unknown.json:1: unknown key "reason" in http entry`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.name, []byte(tt.doc))
			if err == nil {
				t.Fatalf("Parse(%s) = %+v, want error %q", tt.name, c, tt.want)
			}
			var e *catalog.Error
			if !errors.As(err, &e) {
				t.Errorf("Parse(%s) error is %T, want *Error", tt.name, err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("Parse(%s) error:\n got %s\nwant %s", tt.name, got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.md")
	if _, err := Load(missing); err == nil || err.Error() != missing+": cannot read: no such file or directory" {
		t.Errorf("Load(missing) error = %v", err)
	}
	if _, err := Load(dir); err == nil || err.Error() != dir+": cannot read: is a directory" {
		t.Errorf("Load(dir) error = %v", err)
	}

	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	write := func(path, doc string) {
		if err := os.WriteFile(path, []byte(doc), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "## Close codes\n\n| code | name | action |\n|---|---|---|\n| 4000 | unknown error | resume |\n")
	write(b, "# Gateway\n\n## Close codes\n\n| code | name | action |\n|---|---|---|\n| 4000 | bad payload | resume |\n")
	_, err := Load(a, b)
	if want := b + `:7: close code 4000 "bad payload" conflicts with ` + a + `:5 "unknown error"`; err == nil || err.Error() != want {
		t.Errorf("Load(a, b) error:\n got %v\nwant %s", err, want)
	}
}

// TestMerge checks that identical entries merge, that an entry may fill in
// what another leaves empty, and that differences are conflicts.
func TestMerge(t *testing.T) {
	parse := func(name, doc string) *catalog.Catalog {
		t.Helper()
		c, err := Parse(name, []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a := parse("a.md", "## HTTP\n\n| code | name | meaning |\n|---|---|---|\n| 404 | Not Found | no such thing |\n| 5xx | | broken |\n")
	b := parse("b.md", "## HTTP\n\n| code | name | meaning |\n|---|---|---|\n| 200 | OK | fine |\n| 404 | not  found |  |\n\n"+
		"## Errors\n\n```json\n{\"code\": 1, \"message\": \"x\"}\n```\n\n| code | meaning |\n|---|---|\n| 7 | seven |\n")
	got, err := catalog.Merge(a, b, a)
	if err != nil {
		t.Fatal(err)
	}
	want := &catalog.Catalog{
		Sources: []string{"a.md", "b.md"},
		HTTP: []catalog.HTTPStatus{
			{Code: 200, Name: "OK", Meaning: "fine", Pos: at("b.md", 5)},
			{Code: 404, Name: "Not Found", Meaning: "no such thing", Pos: at("a.md", 5)},
		},
		HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599, Meaning: "broken", Pos: at("a.md", 6)}},
		ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(7), Meaning: "seven", Pos: at("b.md", 16)}},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at("b.md", 10)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Merge mismatch (-want +got):\n%s", diff)
	}
	if a.Sources[0] != "a.md" || len(a.HTTP) != 1 {
		t.Errorf("Merge modified its input: %+v", a)
	}

	c := parse("c.md", "## HTTP\n\n| code | meaning |\n|---|---|\n| 404 | moved away |\n")
	if _, err := catalog.Merge(a, c); err == nil || err.Error() != `c.md:5: status 404 "moved away" conflicts with a.md:5 "no such thing"` {
		t.Errorf("Merge(a, c) error = %v", err)
	}
	d := parse("d.md", "## Errors\n\n```json\n{\"error\": 1, \"message\": \"x\"}\n```\n\n| code | meaning |\n|---|---|\n| 7 | seven |\n")
	if _, err := catalog.Merge(b, d); err == nil || err.Error() != "d.md:3: error body {error, message} conflicts with b.md:10 {code, message}" {
		t.Errorf("Merge(b, d) error = %v", err)
	}
	bad := &catalog.Catalog{Sources: []string{"mem"}, CloseCodes: []catalog.CloseCode{{Code: 70000, Pos: catalog.Pos{File: "mem"}}}}
	if _, err := catalog.Merge(a, bad); err == nil || err.Error() != "mem: close code 70000 is out of range (1000 to 4999)" {
		t.Errorf("Merge(a, bad) error = %v", err)
	}
	if got, err := catalog.Merge(); err != nil || !got.Empty() {
		t.Errorf("Merge() = %+v, %v; want an empty catalog", got, err)
	}
}

// TestParseLayouts checks table layouts and section rules the fixtures do
// not cover.
func TestParseLayouts(t *testing.T) {
	tests := []struct {
		name, doc string
		want      *catalog.Catalog
	}{
		{"order.md", "## Gateway\n\n### Codes\n\n| meaning | code | name | action |\n|---|---|---|---|\n| try later | `4001` | busy | resume |\n",
			&catalog.Catalog{CloseCodes: []catalog.CloseCode{{Code: 4001, Name: "busy", Action: "resume", Meaning: "try later", Pos: at("order.md", 7)}}}},
		{"dir.md", "## Gateway opcodes\n\n| op | direction | name |\n|---|---|---|\n| 2 | server | tick |\n| 9 | client | tock |\n| 4 | send/receive | echo |\n",
			&catalog.Catalog{Opcodes: []catalog.Opcode{
				{Code: 2, Name: "tick", Direction: catalog.DirServer, Meaning: "", Pos: at("dir.md", 5)},
				{Code: 4, Name: "echo", Direction: catalog.DirBoth, Meaning: "", Pos: at("dir.md", 7)},
				{Code: 9, Name: "tock", Direction: catalog.DirClient, Meaning: "", Pos: at("dir.md", 6)},
			}}},
		{"noheading.md", "Codes we send:\n\n| Status | Why |\n|---|---|\n| 201 Created | made it |\n| 4XX | your fault |\n",
			&catalog.Catalog{
				HTTP:       []catalog.HTTPStatus{{Code: 201, Name: "Created", Meaning: "made it", Pos: at("noheading.md", 5)}},
				HTTPRanges: []catalog.HTTPRange{{Class: "4xx", From: 400, To: 499, Meaning: "your fault", Pos: at("noheading.md", 6)}},
			}},
		{"twocodes.md", "## HTTP\n\n| Code | Status | Meaning |\n|---|---|---|\n| 409 | Conflict | taken |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{{Code: 409, Name: "Conflict", Meaning: "taken", Pos: at("twocodes.md", 5)}}}},
		{"position.md", "## Error codes\n\n| code | a | b |\n|---|---|---|\n| 3 | first | second |\n",
			&catalog.Catalog{ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(3), Meaning: "second", Pos: at("position.md", 5)}}}},
		{"list.md", "# Statuses\n\n- 200 OK\n- 404 Not Found\n\nThe 404 line above has no meaning of its own.\n\n## Other tables\n\n| header | meaning |\n|---|---|\n| X-Rate | calls left |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "", Pos: at("list.md", 3)},
				{Code: 404, Name: "Not Found", Meaning: "The 404 line above has no meaning of its own.", Pos: at("list.md", 4)},
			}}},
		{"other.md", "## Webhook events\n\n| code | event |\n|---|---|\n| 7 | ping |\n\n## HTTP\n\n| code | meaning |\n|---|---|\n| 200 | ok |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{{Code: 200, Name: "", Meaning: "ok", Pos: at("other.md", 11)}}}},
		{"crlf.md", "---\r\ntitle: x\r\n---\r\n\r\n## 201 (Created)\r\n\r\nMade.\r\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{{Code: 201, Name: "Created", Meaning: "Made.", Pos: at("crlf.md", 5)}}}},
		{"rate.md", "# Plans\n\n| Tier | Requests a minute |\n|---|---|\n| free | 100 |\n| pro | 500 |\n\n## HTTP\n\n| Code | Meaning |\n|---|---|\n| 200 | ok |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{{Code: 200, Name: "", Meaning: "ok", Pos: at("rate.md", 12)}}}},
		{"anchor.md", "---\ntitle: Error\n---\n\n## Possible answers\n\n### 401 - Unauthorized {#401}\n\nThe key is wrong.\n\n### 4001 Unknown tree\n\nNo tree has that id.\n",
			&catalog.Catalog{
				HTTP:       []catalog.HTTPStatus{{Code: 401, Name: "Unauthorized", Meaning: "The key is wrong.", Pos: at("anchor.md", 7)}},
				ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(4001), Meaning: "No tree has that id.", Pos: at("anchor.md", 11)}},
			}},
		{"bold.md", "# Kite API\n\n**Close codes:**\n\n| Code | Meaning |\n|---|---|\n| 4100 | string snapped |\n\n## Errors\n\n**Response body**\n\n```\n{\"code\": 1, \"text\": \"<error message>\"}\n```\n",
			&catalog.Catalog{
				CloseCodes: []catalog.CloseCode{{Code: 4100, Meaning: "string snapped", Pos: at("bold.md", 7)}},
				ErrorShape: catalog.Shape{Fields: []string{"code", "text"}, Code: "code", Message: "text", Pos: at("bold.md", 13)},
			}},
		{"labelled.md", "# Mill API\n\n## Error 20003: Flour spilled\n\nSweep it up.\n\n## Close code 4002 - Wheel stuck\n\n## Version 2 notes\n",
			&catalog.Catalog{
				ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(20003), Meaning: "Sweep it up.", Pos: at("labelled.md", 3)}},
				CloseCodes: []catalog.CloseCode{{Code: 4002, Name: "Wheel stuck", Pos: at("labelled.md", 7)}},
			}},
		{"class.md", "## 4xx errors\n\n| Code | Meaning |\n|---|---|\n| 400 | the flour is wet |\n\n## Gateway\n\n### Status codes\n\n| Code | Meaning |\n|---|---|\n| 4001 | the mill stopped |\n",
			&catalog.Catalog{
				HTTP:       []catalog.HTTPStatus{{Code: 400, Name: "", Meaning: "the flour is wet", Pos: at("class.md", 5)}},
				CloseCodes: []catalog.CloseCode{{Code: 4001, Meaning: "the mill stopped", Pos: at("class.md", 13)}},
			}},
		{"lines.md", "# Ticker API\n\n## Error codes\n\n```\n10000 : Unknown event\n10001 : Unknown pair\n```\n\n## Close codes\n\n- `4000` - `4999`: reserved for the ticker\n- 4100: stale feed\n",
			&catalog.Catalog{
				ErrorCodes: []catalog.ErrorCode{
					{Code: catalog.IntCode(10000), Meaning: "Unknown event", Pos: at("lines.md", 6)},
					{Code: catalog.IntCode(10001), Meaning: "Unknown pair", Pos: at("lines.md", 7)},
				},
				CloseCodes:  []catalog.CloseCode{{Code: 4100, Name: "stale feed", Pos: at("lines.md", 13)}},
				CloseRanges: []catalog.CloseRange{{From: 4000, To: 4999, Meaning: "reserved for the ticker", Pos: at("lines.md", 12)}},
			}},
		{"items.md", "# API\n\n## Status codes\n\n* **200 OK** — The request succeeded.\n* `404` Not Found: no such tree\n\n## Limits\n\n- 200 requests a minute - the free tier\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The request succeeded.", Pos: at("items.md", 5)},
				{Code: 404, Name: "Not Found", Meaning: "no such tree", Pos: at("items.md", 6)},
			}}},
		{"phrase.md", "## HTTP\n\n| code | meaning |\n|---|---|\n| 200 | OK - it worked |\n\n## More\n\n| code | name | meaning |\n|---|---|---|\n| 201 |  | Created - made |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "it worked", Pos: at("phrase.md", 5)},
				{Code: 201, Name: "", Meaning: "Created - made", Pos: at("phrase.md", 11)},
			}}},
		{"nested.md", "## Error codes\n\n| code | meaning |\n|---|---|\n| 7 | late |\n\n## Error body\n\n```json\n{\"data\": {\"id\": \"<error code>\", \"says\": \"<error message>\"}}\n```\n",
			&catalog.Catalog{
				ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(7), Meaning: "late", Pos: at("nested.md", 5)}},
				ErrorShape: catalog.Shape{Fields: []string{"id", "says"}, Code: "id", Message: "says", Path: "data", Pos: at("nested.md", 9)},
			}},
		{"bom.md", "\xef\xbb\xbf# HTTP\n\n| code | name |\n|---|---|\n| 302 | Found |\n",
			&catalog.Catalog{HTTP: []catalog.HTTPStatus{{Code: 302, Name: "Found", Meaning: "", Pos: at("bom.md", 5)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.name, []byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Sources = []string{tt.name}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	if got := (&catalog.Error{File: "a.md", Line: 3, Msg: "bad"}).Error(); got != "a.md:3: bad" {
		t.Errorf("Error() = %q", got)
	}
	if got := (&catalog.Error{File: "a.md", Msg: "cannot read: gone"}).Error(); got != "a.md: cannot read: gone" {
		t.Errorf("Error() = %q", got)
	}
	if strings.Contains(errorf(catalog.Pos{File: "x", Line: 1}, "a\nb").Error(), "\n\n") {
		t.Error("unexpected")
	}
}

// TestParseJSONEscapes reads JSON that YAML readers reject: escaped
// surrogate pairs and "\/".
func TestParseJSONEscapes(t *testing.T) {
	doc := "{\"http\": [\n {\"code\": 200, \"name\": \"O\\u004B \\ud83d\\ude00\", \"meaning\": \"a\\/b\\tc\"}]}"
	got, err := Parse("esc.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := &catalog.Catalog{Sources: []string{"esc.json"}, HTTP: []catalog.HTTPStatus{{Code: 200, Name: "OK \U0001F600", Meaning: "a/b c", Pos: at("esc.json", 2)}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
