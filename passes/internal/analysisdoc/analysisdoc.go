// Package analysisdoc extracts an analyzer's documentation from the
// package comment of its doc.go, so that `go doc` and the analyzer's Doc
// say the same thing.
//
// A pass embeds its doc.go (//go:embed doc.go) and calls
// MustExtract(content, "name"). The package comment holds a section that
// starts with the heading "# Analyzer name"; its first paragraph is the
// one-line summary, the rest the details, up to the next heading.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the "# Analyzer name" section of the package comment of
// the Go source content, without its heading, trimmed.
func Extract(content []byte, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("analysisdoc: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("analysisdoc: doc.go has no package comment")
	}
	heading := "# Analyzer " + name
	lines := strings.Split(f.Doc.Text(), "\n")
	for i, line := range lines {
		if strings.TrimSpace(line) != heading {
			continue
		}
		var body []string
		for _, l := range lines[i+1:] {
			if strings.HasPrefix(l, "# ") {
				break // the next section
			}
			body = append(body, l)
		}
		doc := strings.TrimSpace(strings.Join(body, "\n"))
		if doc == "" {
			return "", fmt.Errorf("analysisdoc: section %q is empty", heading)
		}
		return doc, nil
	}
	return "", fmt.Errorf("analysisdoc: package comment has no %q section", heading)
}

// MustExtract is Extract for a doc.go embedded in the binary, where a
// missing section is a mistake of the program, not of its input: it
// panics.
func MustExtract(content []byte, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}
