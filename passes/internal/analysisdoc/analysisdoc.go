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
	text, ok := lineComment(content)
	if !ok {
		// Not a plain group of // lines before the package clause: the
		// parser says what the package comment is.
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			return "", fmt.Errorf("analysisdoc: %v", err)
		}
		if f.Doc == nil {
			return "", fmt.Errorf("analysisdoc: doc.go has no package comment")
		}
		text = f.Doc.Text()
	}
	heading := "# Analyzer " + name
	lines := strings.Split(text, "\n")
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

// lineComment returns the text of the package comment of content, as
// ast.CommentGroup.Text would, when it is a group of // lines followed
// by the package clause, with nothing but blank lines and other comment
// groups before it; ok is false otherwise. Every pass calls Extract when
// the program starts, and go vet starts it once per package: reading the
// lines costs a fraction of parsing the file.
func lineComment(content []byte) (text string, ok bool) {
	var group []string
	for line := range strings.Lines(string(content)) {
		line = strings.TrimRight(line, " \t\r\n")
		switch {
		case strings.HasPrefix(line, "//"):
			group = append(group, line[2:])
		case line == "":
			group = nil // a blank line ends a group
		case strings.HasPrefix(line, "package "):
			if len(group) == 0 {
				return "", false
			}
			var out []string
			for _, l := range group {
				if isDirective(l) {
					continue
				}
				l = strings.TrimPrefix(l, " ")
				if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
					continue // leading and repeated blank lines
				}
				out = append(out, l)
			}
			for len(out) > 0 && out[len(out)-1] == "" {
				out = out[:len(out)-1]
			}
			if len(out) == 0 {
				return "", false
			}
			return strings.Join(out, "\n") + "\n", true
		default:
			return "", false // a block comment, a build line, anything else
		}
	}
	return "", false
}

// isDirective reports whether the text after // is a directive
// (//go:build, //line, //export), which a comment's text leaves out.
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i == colon {
			continue
		}
		b := c[i]
		if !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
