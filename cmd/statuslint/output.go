package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// writeText prints one line a finding: "file:line:col: message [category]",
// with "(fixable)" before the category when the finding has a fix, and
// with context lines of source around it when context >= 0.
func writeText(w io.Writer, found []finding, context int) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	lines := map[string][]string{} // file -> its lines, for -c
	for _, f := range found {
		mark := ""
		if len(f.Fixes) > 0 {
			mark = " (fixable)"
		}
		fmt.Fprintf(bw, "%s: %s%s [%s]\n", f.Start, f.Message, mark, f.Category)
		if context < 0 {
			continue
		}
		src, ok := lines[f.abs]
		if !ok {
			if data, err := os.ReadFile(f.abs); err == nil {
				src = strings.Split(string(data), "\n")
			}
			lines[f.abs] = src
		}
		for l := max(f.Start.Line-context, 1); l <= f.Start.Line+context && l <= len(src); l++ {
			fmt.Fprintf(bw, "%d\t%s\n", l, src[l-1])
		}
	}
}

// The JSON form: one object per package, one list per analyzer, as the
// x/tools drivers print it ("posn", "message", "category",
// "suggested_fixes"), with the category's "url" and exact "start_position" and
// "end_position" (file, line, column, byte offset) beside.
type jsonDiagnostic struct {
	Category       string    `json:"category"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	URL            string    `json:"url"`
	Start          position  `json:"start_position"`
	EndPos         position  `json:"end_position"`
	SuggestedFixes []jsonFix `json:"suggested_fixes,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// writeJSON prints the findings as JSON, keyed by package path and
// analyzer.
func writeJSON(w io.Writer, found []finding) error {
	tree := map[string]map[string][]jsonDiagnostic{}
	for _, f := range found {
		d := jsonDiagnostic{
			Category: f.Category, Posn: f.Start.String(), End: f.End.String(),
			Message: f.Message, URL: f.URL, Start: f.Start, EndPos: f.End,
		}
		for _, fx := range f.Fixes {
			jf := jsonFix{Message: fx.Message, Edits: []jsonEdit{}}
			for _, e := range fx.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{Filename: e.File, Start: e.Start, End: e.End, New: e.New})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		key := f.Package
		if tree[key] == nil {
			tree[key] = map[string][]jsonDiagnostic{}
		}
		tree[key][f.Analyzer] = append(tree[key][f.Analyzer], d)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
