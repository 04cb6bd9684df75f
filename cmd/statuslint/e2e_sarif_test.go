package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestFormatSARIF runs -format sarif through the binary: the log
// validates against the SARIF 2.1.0 schema, holds one result for every
// finding the text output prints, each under a rule the log declares and
// at a location relative to the module root, and the fixable findings
// carry their fixes. Like -json, it exits 0 with findings.
func TestFormatSARIF(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	text := run(t, dir, binary, "-catalog", "docs/status-codes.md", "./...")
	r := run(t, dir, binary, "-format", "sarif", "-catalog", "docs/status-codes.md", "./...")
	if r.code != exitClean {
		t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, exitClean, r.stderr)
	}

	f, err := os.Open(filepath.Join("..", "..", "internal", "sarif", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(r.stdout)))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("the log does not validate: %v", err)
	}

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string }
				}
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				}
				Fixes []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("want one run: %v", err)
	}
	run := log.Runs[0]
	rules := map[string]bool{}
	for _, rule := range run.Tool.Driver.Rules {
		rules[rule.ID] = true
	}
	var lines []string
	for _, l := range strings.Split(text.stderr, "\n") {
		if strings.HasSuffix(l, "]") {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 || len(run.Results) != len(lines) {
		t.Fatalf("%d results, want one for each of the %d findings:\n%s", len(run.Results), len(lines), text.stderr)
	}
	fixes := 0
	for i, res := range run.Results {
		if !rules[res.RuleID] {
			t.Errorf("result %d: rule %q is not declared", i, res.RuleID)
		}
		loc := res.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.URI, "/") || !strings.HasSuffix(loc.URI, ".go") {
			t.Errorf("result %d: location %+v, want a .go file relative to %%SRCROOT%%", i, loc)
		}
		if !strings.Contains(lines[i], "["+res.RuleID+"]") {
			t.Errorf("result %d is %s, the text output's finding is %q", i, res.RuleID, lines[i])
		}
		if strings.Contains(lines[i], "(fixable)") != (len(res.Fixes) > 0) {
			t.Errorf("result %d: %d fixes, text output %q", i, len(res.Fixes), lines[i])
		}
		fixes += len(res.Fixes)
	}
	if fixes == 0 {
		t.Error("no result carries a fix")
	}
}
