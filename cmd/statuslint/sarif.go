package main

import (
	"io"
	"os"

	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/sarif"
	"github.com/statuslint/statuslint/internal/vetmain"
)

// sarifRules are the SARIF rules of every category statuslint reports:
// each pass's, and the suppression comments'.
func sarifRules() []sarif.Rule {
	var rules []sarif.Rule
	rule := func(pass string, c config.Category) sarif.Rule {
		return sarif.Rule{
			ID: c.Name, Name: pass, HelpURI: config.URL(c.Name),
			ShortDescription: c.Summary, FullDescription: c.Description,
		}
	}
	for _, p := range config.Passes {
		for _, c := range p.Categories {
			rules = append(rules, rule(p.Name, c))
		}
	}
	for _, c := range config.Suppressions {
		rules = append(rules, rule("statuslint", c))
	}
	return rules
}

// writeSARIF prints the findings as a SARIF 2.1.0 log, with locations
// relative to the module root around wd.
func writeSARIF(w io.Writer, found []finding, wd string) error {
	src := map[string][]byte{} // file → contents, read once
	read := func(name string) []byte {
		data, ok := src[name]
		if !ok {
			data, _ = os.ReadFile(name) // nil: regions by line and column alone
			src[name] = data
		}
		return data
	}
	region := func(file string, p, q position) sarif.Region {
		if data := read(file); data != nil {
			return sarif.RegionOf(data, p.Offset, q.Offset)
		}
		return sarif.Region{StartLine: p.Line, StartColumn: p.Column, EndLine: q.Line, EndColumn: q.Column}
	}
	var results []sarif.Result
	for _, f := range found {
		r := sarif.Result{RuleID: f.Category, Message: f.Message, URI: f.abs, Region: region(f.abs, f.Start, f.End)}
		for _, fx := range f.Fixes {
			fix := sarif.Fix{Description: fx.Message}
			byFile := map[string]int{} // file → its index in fix.Changes
			for _, e := range fx.Edits {
				i, ok := byFile[e.abs]
				if !ok {
					i = len(fix.Changes)
					byFile[e.abs] = i
					fix.Changes = append(fix.Changes, sarif.FileChange{URI: e.abs})
				}
				rg := sarif.RegionOf(read(e.abs), e.Start, e.End)
				fix.Changes[i].Replacements = append(fix.Changes[i].Replacements, sarif.Replacement{Region: rg, InsertedText: e.New})
			}
			r.Fixes = append(r.Fixes, fix)
		}
		results = append(results, r)
	}
	root := config.ModuleRoot(wd)
	if root == "" {
		root = wd
	}
	tool := sarif.Tool{Name: progname, Version: vetmain.Version(), InformationURI: "https://github.com/statuslint/statuslint", SrcRoot: root}
	return sarif.Write(w, tool, sarifRules(), results)
}
