package read

import (
	"regexp"
	"strings"
)

// Plain-text pages in the RFC style have no Markdown: sections are
// numbered lines at the margin ("7.4.1.  Defined Status Codes"), text is
// indented, tables are drawn with | and -+-, and page breaks repeat a
// footer and a header. Read as Markdown, the indentation makes code blocks
// of the text; plainBlocks splits them as a reader sees them instead.

var (
	rfcSection = regexp.MustCompile(`^(\d+(?:\.\d+)*)\.\s+([A-Z].*)$`)
	rfcFooter  = regexp.MustCompile(`\[Page \d+\]\s*$`)
	rfcHeader  = regexp.MustCompile(`^RFC \d+\s{2,}`)
)

// isRFCStyle reports whether a .txt document is a plain-text page of
// numbered sections rather than Markdown: at least three numbered section
// lines and no Markdown heading.
func isRFCStyle(src []byte) bool {
	n := 0
	for _, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(l, "#") {
			return false
		}
		if rfcSection.MatchString(strings.TrimRight(l, "\r")) {
			n++
		}
	}
	return n >= 3
}

// plainBlocks splits an RFC-style page: numbered lines are headings (their
// depth is the number's), runs of lines between blank lines are paragraphs,
// and runs whose lines hold | bars are tables.
func plainBlocks(src []byte) []block {
	lines := strings.Split(string(src), "\n")
	var out []block
	var para []string
	var at []int
	flush := func() {
		if len(para) == 0 {
			return
		}
		if g, ok := textGrid(para, at); ok && tableLike(para) {
			out = append(out, block{kind: bTable, grid: g, line: g.line})
		} else {
			var ls []string
			for _, p := range para {
				ls = append(ls, clean(p))
			}
			out = append(out, block{kind: bPara, lines: ls, at: at, line: at[0]})
		}
		para, at = nil, nil
	}
	for i, l := range lines {
		l = strings.TrimRight(l, "\r\f")
		n := i + 1
		switch {
		case rfcFooter.MatchString(l) || rfcHeader.MatchString(l) || strings.HasPrefix(l, "\f"):
			continue // a page break, which does not end a paragraph
		case strings.TrimSpace(l) == "":
			flush()
		case l[0] != ' ' && rfcSection.MatchString(l):
			flush()
			m := rfcSection.FindStringSubmatch(l)
			depth := strings.Count(m[1], ".") + 1
			out = append(out, block{kind: bHeading, level: min(depth, 6), text: strings.TrimSpace(m[2]), line: n})
		default:
			para = append(para, l)
			at = append(at, n)
		}
	}
	flush()
	return out
}

// tableLike reports whether most lines of a paragraph are table rows or rules.
func tableLike(lines []string) bool {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "|") || strings.HasPrefix(t, "-+") || strings.HasPrefix(t, "+-") {
			n++
		}
	}
	return 2*n > len(lines)
}
