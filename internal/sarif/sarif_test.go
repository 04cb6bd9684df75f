package sarif_test

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/sarif"
)

// The schema in testdata is sarif-2.1.0-rtm.5.json, the JSON schema of
// the SARIF 2.1.0 standard, as the npm package @microsoft/jest-sarif
// 1.0.0-beta.0 (MIT) ships it in lib/schemas/.
const schemaFile = "testdata/sarif-schema-2.1.0.json"

var root = filepath.FromSlash("/src/shop")

// sample is a log with every feature Write has: rules for every category,
// a result with a fix, one with a non-ASCII line, one outside the root,
// and two identical findings in one file.
func sample(t *testing.T) []byte {
	t.Helper()
	src := []byte("package h\n\nfunc f() { w.WriteHeader(404) }\n// é\tx := \"日本\"; w.WriteHeader(409)\n")
	lit := bytes.Index(src, []byte("404"))
	conflict := bytes.Index(src, []byte("409"))
	results := []sarif.Result{
		{
			RuleID: "raw-status", Message: "404 is http.StatusNotFound",
			URI:    filepath.Join(root, "handlers", "orders.go"),
			Region: sarif.RegionOf(src, lit, lit+3),
			Fixes: []sarif.Fix{{
				Description: "Replace 404 with http.StatusNotFound",
				Changes: []sarif.FileChange{{
					URI: filepath.Join(root, "handlers", "orders.go"),
					Replacements: []sarif.Replacement{
						{Region: sarif.RegionOf(src, lit, lit+3), InsertedText: "http.StatusNotFound"},
						// An insertion at the file's start (an import, say).
						{Region: sarif.RegionOf(src, 0, 0), InsertedText: "// x\n"},
					},
				}},
			}},
		},
		{
			RuleID: "undocumented-status", Message: "status 409 Conflict is not documented in docs/status-codes.md",
			URI:    filepath.Join("handlers", "orders.go"),
			Region: sarif.RegionOf(src, conflict, conflict+3),
		},
		{
			RuleID: "undocumented-status", Message: "status 409 Conflict is not documented in docs/status-codes.md",
			URI:    filepath.Join("handlers", "orders.go"),
			Region: sarif.RegionOf(src, conflict, conflict+3),
		},
		{
			RuleID: "invalid-close-code", Message: "close code 1005 is never sent",
			URI:    filepath.FromSlash("/elsewhere/vendor dir/ws.go"),
			Region: sarif.Region{StartLine: 3, StartColumn: 1, EndLine: 3, EndColumn: 5},
		},
	}
	var buf bytes.Buffer
	tool := sarif.Tool{Name: "statuslint", Version: "v0.1.0", InformationURI: "https://github.com/statuslint/statuslint", SrcRoot: root}
	if err := sarif.Write(&buf, tool, rules(), results); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestValidatesAgainstSchema(t *testing.T) {
	t.Parallel()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}

	out := sample(t)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("log does not validate: %v\n%s", err, out)
	}

	// The schema is strict enough to catch a misspelt property, so the
	// validation above proves something.
	bad := bytes.Replace(out, []byte(`"startLine"`), []byte(`"startline"`), 1)
	inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err := schema.Validate(inst); err == nil {
		t.Error("a log with a misspelt region property validates")
	}
}

// TestGitHubRequired checks the properties GitHub's "SARIF support for
// code scanning" page marks as required or uses to show an alert: the
// log's $schema and version; each run's tool.driver.name and results;
// each rule's id, shortDescription.text, fullDescription.text and
// help.text; each result's ruleId, message.text and locations; each
// location's physicalLocation.artifactLocation.uri and its region's
// start and end lines and columns; and partialFingerprints.
func TestGitHubRequired(t *testing.T) {
	t.Parallel()
	var log struct {
		Schema  *string `json:"$schema"`
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID               string
						ShortDescription *struct{ Text string }
						FullDescription  *struct{ Text string }
						Help             *struct{ Text string }
						HelpURI          string
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            *[]struct {
				RuleID    string
				RuleIndex int
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation *struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region *struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
		}
	}
	out := sample(t)
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Schema == nil || !strings.Contains(*log.Schema, "sarif-2.1.0") {
		t.Errorf("$schema = %v, want the SARIF 2.1.0 schema", log.Schema)
	}
	if log.Version != "2.1.0" {
		t.Errorf("version = %q", log.Version)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "statuslint" {
		t.Errorf("tool.driver.name = %q", run.Tool.Driver.Name)
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ID == "" || r.ShortDescription == nil || r.ShortDescription.Text == "" ||
			r.FullDescription == nil || r.FullDescription.Text == "" || r.Help == nil || r.Help.Text == "" || r.HelpURI == "" {
			t.Errorf("rule %+v lacks a required property", r)
		}
	}
	if got := run.OriginalURIBaseIDs[sarif.SrcRoot].URI; got != "file:///src/shop/" {
		t.Errorf("%%SRCROOT%% = %q, want file:///src/shop/", got)
	}
	if run.Results == nil {
		t.Fatal("run has no results array")
	}
	fingerprints := map[string]bool{}
	for _, r := range *run.Results {
		if r.RuleID == "" || r.Message.Text == "" || len(r.Locations) == 0 {
			t.Errorf("result %+v lacks a required property", r)
			continue
		}
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result of %s has ruleIndex %d, rule %s", r.RuleID, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID)
		}
		pl := r.Locations[0].PhysicalLocation
		if pl == nil || pl.ArtifactLocation.URI == "" || pl.Region == nil ||
			pl.Region.StartLine == 0 || pl.Region.StartColumn == 0 || pl.Region.EndLine == 0 || pl.Region.EndColumn == 0 {
			t.Errorf("result %q: incomplete location %+v", r.Message.Text, pl)
		}
		fp := r.PartialFingerprints["statuslint/v1"]
		if fp == "" || fingerprints[fp] {
			t.Errorf("result %q: fingerprint %q missing or not unique", r.Message.Text, fp)
		}
		fingerprints[fp] = true
	}

	// Locations: relative to %SRCROOT% under the root, absolute outside it.
	type loc struct{ URI, Base string }
	var got []loc
	for _, r := range *run.Results {
		a := r.Locations[0].PhysicalLocation.ArtifactLocation
		got = append(got, loc{a.URI, a.URIBaseID})
	}
	want := []loc{
		{"handlers/orders.go", "%SRCROOT%"},
		{"handlers/orders.go", "%SRCROOT%"},
		{"handlers/orders.go", "%SRCROOT%"},
		{"file:///elsewhere/vendor%20dir/ws.go", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("locations (-want +got):\n%s", diff)
	}
}

func TestFix(t *testing.T) {
	t.Parallel()
	var log struct {
		Runs []struct {
			Results []struct {
				Fixes []struct {
					Description     struct{ Text string }
					ArtifactChanges []struct {
						ArtifactLocation struct{ URI string }
						Replacements     []struct {
							DeletedRegion   map[string]int
							InsertedContent struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(sample(t), &log); err != nil {
		t.Fatal(err)
	}
	fixes := log.Runs[0].Results[0].Fixes
	if len(fixes) != 1 || fixes[0].Description.Text != "Replace 404 with http.StatusNotFound" {
		t.Fatalf("fixes = %+v", fixes)
	}
	ch := fixes[0].ArtifactChanges
	if len(ch) != 1 || ch[0].ArtifactLocation.URI != "handlers/orders.go" || len(ch[0].Replacements) != 2 {
		t.Fatalf("changes = %+v", ch)
	}
	// "func f() { w.WriteHeader(404) }" is line 3, after 11 bytes; 404
	// starts at its column 26.
	wantLit := map[string]int{"startLine": 3, "startColumn": 26, "endLine": 3, "endColumn": 29, "byteOffset": 36, "byteLength": 3}
	if diff := cmp.Diff(wantLit, ch[0].Replacements[0].DeletedRegion); diff != "" {
		t.Errorf("deleted region of the literal (-want +got):\n%s", diff)
	}
	// The insertion at offset 0 is written by its line and column alone.
	wantStart := map[string]int{"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}
	if diff := cmp.Diff(wantStart, ch[0].Replacements[1].DeletedRegion); diff != "" {
		t.Errorf("deleted region of the insertion (-want +got):\n%s", diff)
	}
}

func TestRegionOfCountsCodePoints(t *testing.T) {
	t.Parallel()
	src := []byte("a\n// é\tx := \"日本\"; w(409)\n")
	i := bytes.Index(src, []byte("409"))
	got := sarif.RegionOf(src, i, i+3)
	// Line 2 is `// é<TAB>x := "日本"; w(409)`: 409 is the 19th code point
	// (the 24th byte of the line).
	want := sarif.Region{StartLine: 2, StartColumn: 19, EndLine: 2, EndColumn: 22, ByteOffset: 25, ByteLength: 3}
	if got != want {
		t.Errorf("RegionOf = %+v, want %+v", got, want)
	}
	// Out-of-range offsets are clamped, not a panic.
	if r := sarif.RegionOf(src, -4, 1<<20); r.ByteOffset != 0 || r.ByteLength != len(src) {
		t.Errorf("clamped region = %+v", r)
	}
}

func TestWriteErrors(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	tool := sarif.Tool{Name: "statuslint"}
	err := sarif.Write(&buf, tool, rules(), []sarif.Result{{RuleID: "no-such-rule", Message: "m", URI: "a.go"}})
	if err == nil || !strings.Contains(err.Error(), `"no-such-rule"`) {
		t.Errorf("unknown rule: err = %v", err)
	}
	rules := append(rules(), rules()[0])
	if err := sarif.Write(&buf, tool, rules, nil); err == nil {
		t.Error("a rule given twice is accepted")
	}
	if err := sarif.Write(&buf, sarif.Tool{}, nil, nil); err == nil {
		t.Error("a tool without a name is accepted")
	}
	if err := sarif.Write(&buf, sarif.Tool{Name: "x", SrcRoot: "rel"}, nil, nil); err == nil {
		t.Error("a relative source root is accepted")
	}
}

// rules are the SARIF rules of every category statuslint reports.
func rules() []sarif.Rule {
	var out []sarif.Rule
	for _, p := range config.Passes {
		for _, c := range p.Categories {
			out = append(out, sarif.Rule{ID: c.Name, Name: p.Name, ShortDescription: c.Summary, FullDescription: c.Description, HelpURI: config.URL(c.Name)})
		}
	}
	return out
}

func TestFromDiagnostic(t *testing.T) {
	t.Parallel()
	src := []byte("package h\n\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) { w.WriteHeader(404) }\n")
	fset := token.NewFileSet()
	f := fset.AddFile(filepath.FromSlash("/src/shop/h.go"), -1, len(src))
	f.SetLinesForContent(src)
	lit := bytes.Index(src, []byte("404"))
	pos := func(off int) token.Pos { return f.Pos(off) }
	d := analysis.Diagnostic{
		Pos: pos(lit), End: pos(lit + 3), Category: "raw-status", Message: "raw status 404",
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Replace 404 with http.StatusNotFound",
			TextEdits: []analysis.TextEdit{{Pos: pos(lit), End: pos(lit + 3), NewText: []byte("http.StatusNotFound")}},
		}},
	}
	want := sarif.Result{
		RuleID: "raw-status", Message: "raw status 404", URI: f.Name(),
		Region: sarif.RegionOf(src, lit, lit+3),
		Fixes: []sarif.Fix{{
			Description: "Replace 404 with http.StatusNotFound",
			Changes: []sarif.FileChange{{URI: f.Name(), Replacements: []sarif.Replacement{
				{Region: sarif.RegionOf(src, lit, lit+3), InsertedText: "http.StatusNotFound"},
			}}},
		}},
	}
	got := sarif.FromDiagnostic(fset, d, func(name string) []byte {
		if name == f.Name() {
			return src
		}
		return nil
	})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromDiagnostic (-want +got):\n%s", diff)
	}
	// Without the file's contents, lines and columns come from the file set.
	got = sarif.FromDiagnostic(fset, d, func(string) []byte { return nil })
	if got.Region != want.Region {
		t.Errorf("without contents: region %+v, want %+v", got.Region, want.Region)
	}
}
