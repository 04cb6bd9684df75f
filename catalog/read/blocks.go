package read

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The first stage of the reader: a document becomes a flat list of blocks
// (headings, paragraphs, code, tables as grids, list and definition-list
// entries, statuslint comments). Markdown is split by goldmark with GFM
// tables and definition lists; plain-text pages in the RFC style by
// plainBlocks. The second stage (reader.go) reads the blocks in order.

type blockKind int

const (
	bHeading blockKind = iota
	bPara
	bCode
	bTable
	bList
	bComment
)

type block struct {
	kind   blockKind
	level  int      // a heading's level
	text   string   // a heading's title, a code block's content, a comment's text
	lines  []string // a paragraph's lines, a code block's lines
	at     []int    // the line of each of lines
	lang   string   // a fenced code block's language
	line   int
	grid   *grid
	items  []item
	defs   bool // items are definition-list entries (term and description)
	inItem bool // inside a list entry: an example of that entry
}

// An item is one entry of a list or a definition list.
type item struct {
	term string // a definition list's term
	text string // the entry's text, its lines joined
	line int
}

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.DefinitionList))

type splitter struct {
	src    []byte
	starts []int // offsets where lines start
	out    []block
	skipTo int // an HTML table already read ends here
}

func (s *splitter) line(off int) int {
	if off < 0 {
		return 1
	}
	return sort.Search(len(s.starts), func(i int) bool { return s.starts[i] > off })
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// markdownBlocks splits a Markdown document.
func markdownBlocks(src []byte) []block {
	s := &splitter{src: src, starts: lineStarts(src)}
	doc := md.Parser().Parse(text.NewReader(src))
	s.walk(doc, false)
	return s.out
}

func firstOffset(n ast.Node) int {
	if n.Type() == ast.TypeBlock {
		if l := n.Lines(); l.Len() > 0 {
			return l.At(0).Start
		}
	}
	if p := n.Pos(); p >= 0 {
		return p
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if off := firstOffset(c); off >= 0 {
			return off
		}
	}
	return -1
}

func (s *splitter) walk(parent ast.Node, inItem bool) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		off := firstOffset(n)
		if off >= 0 && off < s.skipTo {
			continue // inside an HTML table read whole
		}
		switch n := n.(type) {
		case *ast.Heading:
			s.out = append(s.out, block{kind: bHeading, level: n.Level, text: headingTitle(inlineText(n, s.src)), line: s.line(off)})
		case *east.Table:
			s.out = append(s.out, block{kind: bTable, grid: s.gfmGrid(n), line: s.line(off), inItem: inItem})
		case *ast.Paragraph, *ast.TextBlock:
			if t, ok := boldHeading(n, s.src); ok && !inItem {
				// "**Close codes**" alone in a paragraph stands for a heading,
				// below every real one.
				s.out = append(s.out, block{kind: bHeading, level: 7, text: headingTitle(t), line: s.line(off)})
				continue
			}
			b := block{kind: bPara, lines: inlineLines(n, s.src), line: s.line(off), inItem: inItem}
			raw := n.Lines()
			for i := range b.lines {
				if i < raw.Len() {
					b.at = append(b.at, s.line(raw.At(i).Start))
				} else {
					b.at = append(b.at, b.line)
				}
			}
			s.out = append(s.out, b)
		case *ast.FencedCodeBlock:
			s.code(n, string(n.Language(s.src)), inItem)
		case *ast.CodeBlock:
			s.code(n, "", inItem)
		case *ast.HTMLBlock:
			s.html(n, inItem)
		case *ast.List:
			s.list(n, inItem)
		case *east.DefinitionList:
			s.defs(n, inItem)
		case *ast.ThematicBreak:
		default:
			s.walk(n, inItem) // quotes: read what they hold
		}
	}
}

func (s *splitter) code(n ast.Node, lang string, inItem bool) {
	b := block{kind: bCode, lang: strings.ToLower(lang), inItem: inItem}
	var buf bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		v := seg.Value(s.src)
		buf.Write(v)
		b.lines = append(b.lines, strings.TrimRight(string(v), "\r\n"))
		b.at = append(b.at, s.line(seg.Start))
	}
	b.text = buf.String()
	b.line = s.line(n.Pos())
	if n.Pos() < 0 && len(b.at) > 0 {
		b.line = b.at[0]
	}
	s.out = append(s.out, b)
}

var directiveRE = regexp.MustCompile(`(?s)^\s*<!--\s*statuslint:\s*(.*?)\s*-->\s*$`)

func (s *splitter) html(n *ast.HTMLBlock, inItem bool) {
	var buf bytes.Buffer
	lines := n.Lines()
	start := -1
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if start < 0 {
			start = seg.Start
		}
		buf.Write(seg.Value(s.src))
	}
	if n.HasClosure() {
		buf.Write(n.ClosureLine.Value(s.src))
	}
	t := buf.String()
	if start < 0 {
		return
	}
	if m := directiveRE.FindStringSubmatch(t); m != nil {
		s.out = append(s.out, block{kind: bComment, text: m[1], line: s.line(start)})
		return
	}
	i := indexASCIIFold([]byte(t), "<table")
	if i < 0 {
		return
	}
	// The table may run past this block (a blank line inside it): read the
	// source to its end tag.
	from := start + i
	end := indexASCIIFold(s.src[from:], "</table>")
	if end < 0 {
		end = len(s.src) - from
	} else {
		end += len("</table>")
	}
	if g, ok := htmlGrid(s.src[from:from+end], s.line(from)); ok {
		s.out = append(s.out, block{kind: bTable, grid: g, line: g.line, inItem: inItem})
	}
	s.skipTo = from + end
}

// indexASCIIFold is the offset in b of the first instance of sub, an ASCII
// lower-case string, compared without case, or -1. Unlike an index into
// bytes.ToLower(b), it is an offset into b itself, whatever else b holds
// (invalid UTF-8 lowers to three bytes a byte).
func indexASCIIFold(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		j := 0
		for j < len(sub) && lowerASCII(b[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (s *splitter) list(l *ast.List, inItem bool) {
	b := block{kind: bList, line: s.line(firstOffset(l)), inItem: inItem}
	var nested []ast.Node
	for li := l.FirstChild(); li != nil; li = li.NextSibling() {
		it := item{line: s.line(firstOffset(li))}
		first := true
		for c := li.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if first {
					it.text = inlineText(c, s.src)
					first = false
					continue
				}
			}
			nested = append(nested, c)
		}
		b.items = append(b.items, it)
	}
	s.out = append(s.out, b)
	for _, c := range nested {
		s.walkOne(c, true)
	}
}

// walkOne splits one node as walk splits a child.
func (s *splitter) walkOne(n ast.Node, inItem bool) {
	switch n := n.(type) {
	case *ast.List:
		s.list(n, inItem)
	case *ast.FencedCodeBlock:
		s.code(n, string(n.Language(s.src)), inItem)
	case *ast.CodeBlock:
		s.code(n, "", inItem)
	case *east.Table:
		s.out = append(s.out, block{kind: bTable, grid: s.gfmGrid(n), line: s.line(firstOffset(n)), inItem: inItem})
	case *ast.Paragraph, *ast.TextBlock:
		off := firstOffset(n)
		s.out = append(s.out, block{kind: bPara, lines: inlineLines(n, s.src), at: []int{s.line(off)}, line: s.line(off), inItem: inItem})
	default:
		s.walk(n, inItem)
	}
}

func (s *splitter) defs(l *east.DefinitionList, inItem bool) {
	b := block{kind: bList, defs: true, line: s.line(firstOffset(l)), inItem: inItem}
	var nested []ast.Node
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *east.DefinitionTerm:
			b.items = append(b.items, item{term: inlineText(c, s.src), line: s.line(firstOffset(c))})
		case *east.DefinitionDescription:
			if len(b.items) == 0 {
				continue
			}
			it := &b.items[len(b.items)-1]
			for d := c.FirstChild(); d != nil; d = d.NextSibling() {
				switch d.(type) {
				case *ast.Paragraph, *ast.TextBlock:
					if it.text == "" {
						it.text = inlineText(d, s.src)
					} else {
						it.text += " " + inlineText(d, s.src)
					}
				default:
					nested = append(nested, d)
				}
			}
		}
	}
	s.out = append(s.out, b)
	for _, c := range nested {
		s.walkOne(c, true)
	}
}

func (s *splitter) gfmGrid(t *east.Table) *grid {
	g := &grid{what: "table", line: s.line(firstOffset(t))}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inlineText(c, s.src))
		}
		if _, ok := row.(*east.TableHeader); ok {
			g.header = cells
			continue
		}
		g.rows = append(g.rows, cells)
		g.lines = append(g.lines, s.line(firstOffset(row)))
	}
	return g
}

// boldHeading reports whether a paragraph is only strong text of a few
// words, as pages write a heading they do not mark as one: "**Close codes**"
// or "**Error codes:**".
func boldHeading(p ast.Node, src []byte) (string, bool) {
	c := p.FirstChild()
	if c == nil {
		return "", false
	}
	e, ok := c.(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return "", false
	}
	if next := c.NextSibling(); next != nil {
		t, ok := next.(*ast.Text)
		if !ok || next.NextSibling() != nil || strings.TrimSpace(string(t.Value(src))) != ":" {
			return "", false
		}
	}
	text := strings.TrimSuffix(inlineText(e, src), ":")
	if n := len(strings.Fields(text)); n == 0 || n > 8 {
		return "", false
	}
	return text, true
}

// headingTitle drops what site generators add to a heading: an anchor
// "{#401}" or attributes "{id="x"}", and shortcodes "{{%optional%}}".
func headingTitle(t string) string {
	for {
		t = strings.TrimSpace(t)
		switch {
		case strings.HasSuffix(t, "}") && strings.Contains(t, "{"):
			i := strings.LastIndex(t, "{")
			inner := t[i:]
			if strings.HasPrefix(inner, "{#") || strings.Contains(inner, "=") || strings.HasPrefix(inner, "{{") || strings.HasPrefix(inner, "{%") {
				t = t[:i]
				if strings.HasSuffix(t, "{") { // "{{%x%}}"
					t = strings.TrimSuffix(t, "{")
				}
				continue
			}
		}
		return t
	}
}

// inlineText returns the text of a block's inlines without Markdown:
// emphasis and link targets dropped, code spans kept as their text,
// whitespace collapsed.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	writeInline(&b, n, src, nil)
	return clean(b.String())
}

// inlineLines is inlineText split at the block's line breaks.
func inlineLines(n ast.Node, src []byte) []string {
	var b strings.Builder
	var lines []string
	writeInline(&b, n, src, func() {
		lines = append(lines, clean(b.String()))
		b.Reset()
	})
	return append(lines, clean(b.String()))
}

func writeInline(b *strings.Builder, n ast.Node, src []byte, newline func()) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(src)
			if !c.IsRaw() {
				v = util.UnescapePunctuations(v)
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				if newline != nil {
					newline()
				} else {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.RawHTML:
			segs := c.Segments
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				v := seg.Value(src)
				if bytes.HasPrefix(bytes.ToLower(v), []byte("<br")) {
					b.WriteByte(' ')
					continue
				}
				if bytes.HasPrefix(v, []byte("<")) && bytes.HasSuffix(v, []byte(">")) {
					continue // a tag: markup, not text
				}
				b.Write(v)
			}
		default:
			writeInline(b, c, src, newline)
		}
	}
}
