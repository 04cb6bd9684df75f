package sarif

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// FromDiagnostic returns the Result of a go/analysis diagnostic: its
// category is the rule, its range and its fixes' edits become regions of
// the files' contents, which src returns by file name (the driver has read
// them, or reads them here; nil contents give regions by line and column
// alone, with columns in bytes). The file names are the result's and the
// changes' URIs.
func FromDiagnostic(fset *token.FileSet, d analysis.Diagnostic, src func(filename string) []byte) Result {
	region := func(start, end token.Pos) (string, Region) {
		f := fset.File(start)
		if f == nil {
			return "", Region{}
		}
		if !end.IsValid() || fset.File(end) != f {
			end = start
		}
		so, eo := f.Offset(start), f.Offset(end)
		if data := src(f.Name()); data != nil {
			return f.Name(), RegionOf(data, so, eo)
		}
		sp, ep := f.Position(start), f.Position(end)
		return f.Name(), Region{
			StartLine: sp.Line, StartColumn: sp.Column, EndLine: ep.Line, EndColumn: ep.Column,
			ByteOffset: so, ByteLength: eo - so,
		}
	}
	uri, r := region(d.Pos, d.End)
	res := Result{RuleID: d.Category, Message: d.Message, URI: uri, Region: r}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Description: sf.Message}
		byFile := map[string]int{} // file → index in fix.Changes
		for _, e := range sf.TextEdits {
			name, rg := region(e.Pos, e.End)
			i, ok := byFile[name]
			if !ok {
				i = len(fix.Changes)
				byFile[name] = i
				fix.Changes = append(fix.Changes, FileChange{URI: name})
			}
			fix.Changes[i].Replacements = append(fix.Changes[i].Replacements, Replacement{Region: rg, InsertedText: string(e.NewText)})
		}
		res.Fixes = append(res.Fixes, fix)
	}
	return res
}
