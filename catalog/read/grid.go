package read

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A grid is a table found in a document, before anyone says what it
// lists: a header, rows of cells, and the line of each row. The finders
// below build grids from GFM tables (in markdown.go), HTML <table> blocks
// and ASCII tables in code blocks; interpret.go reads a grid for a kind.
type grid struct {
	what   string // "table", "HTML table", "ASCII table", for -explain
	line   int
	header []string
	rows   [][]string
	lines  []int
}

func (g *grid) cell(row, col int) string {
	if col < len(g.rows[row]) {
		return g.rows[row][col]
	}
	return ""
}

func (g *grid) width() int {
	n := len(g.header)
	for _, r := range g.rows {
		n = max(n, len(r))
	}
	return n
}

// htmlGrid reads the first <table> of src, which starts at line. The
// header is the first row of <th> cells (or of a <thead>); a cell's text
// is its text with the markup dropped.
func htmlGrid(src []byte, line int) (*grid, bool) {
	z := html.NewTokenizer(bytes.NewReader(src))
	g := &grid{what: "HTML table", line: line}
	var row []string
	var cell *strings.Builder
	inRow, headerRow, inTable := false, false, false
	rowLine := 0
	depth := 0 // nested tables are read as text of their cell
	cur := line
	endRow := func() {
		if !inRow {
			return // a </tr> with no <tr>
		}
		if cell != nil {
			row = append(row, clean(cell.String()))
			cell = nil
		}
		switch {
		case headerRow && g.header == nil && len(g.rows) == 0:
			g.header = row
		case row != nil:
			g.rows = append(g.rows, row)
			g.lines = append(g.lines, rowLine)
		}
		row, inRow = nil, false
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt == html.StartTagToken
			switch {
			case a == atom.Table && start:
				depth++
				inTable = true
			case a == atom.Table:
				depth--
				if depth <= 0 {
					endRow()
					goto done
				}
			case depth != 1:
			case a == atom.Tr && start:
				endRow() // a row left open
				row, inRow, headerRow, rowLine = nil, true, true, cur
			case a == atom.Tr:
				endRow()
			case (a == atom.Td || a == atom.Th) && start && inRow:
				if cell != nil {
					row = append(row, clean(cell.String()))
				}
				if a == atom.Td {
					headerRow = false
				}
				cell = new(strings.Builder)
			case a == atom.Td || a == atom.Th:
				if cell != nil {
					row = append(row, clean(cell.String()))
					cell = nil
				}
			case a == atom.Br && cell != nil:
				cell.WriteByte(' ')
			}
		case html.TextToken:
			if cell != nil {
				cell.Write(z.Text())
			}
		}
		cur += bytes.Count(raw, []byte("\n"))
	}
done:
	endRow()
	if !inTable || len(g.rows) == 0 && g.header == nil {
		return nil, false
	}
	return g, true
}

// textGrid reads a table drawn in plain text, as code blocks and plain-text
// pages hold them: rows of cells between | bars, with or without rules of
// - + = between them. A row whose first cell is empty continues the row
// above ("Invalid frame" / "payload data"), so a cell that wraps is kept
// whole. lines[i] is the line of text[i]. It reports false unless at least
// two rows have two or more cells.
func textGrid(text []string, lines []int) (*grid, bool) {
	g := &grid{what: "ASCII table"}
	ruled := false
	for i, l := range text {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.Trim(t, "-+=|: ") == "" {
			ruled = true
			if len(g.rows) > 0 || g.header != nil {
				continue
			}
			continue
		}
		if !strings.Contains(t, "|") {
			if len(g.rows) > 0 {
				break // the table ended
			}
			continue
		}
		t = strings.TrimPrefix(strings.TrimSuffix(t, "|"), "|")
		var cells []string
		for _, c := range splitCells(t) {
			cells = append(cells, clean(c))
		}
		if g.line == 0 {
			g.line = lines[i]
		}
		if n := len(g.rows); n > 0 && len(cells) > 1 && cells[0] == "" && !ruled {
			prev := g.rows[n-1]
			for j, c := range cells {
				if j < len(prev) && c != "" {
					prev[j] = strings.TrimSpace(prev[j] + " " + c)
				}
			}
			continue
		}
		if g.header == nil && len(g.rows) == 0 && !ruled && !anyCode(cells) {
			g.header = cells
			ruled = false
			continue
		}
		if g.header == nil && len(g.rows) == 0 && ruled && !anyCode(cells) {
			g.header = cells
			ruled = false
			continue
		}
		g.rows = append(g.rows, cells)
		g.lines = append(g.lines, lines[i])
		ruled = false
	}
	wide := 0
	for _, r := range g.rows {
		if len(r) >= 2 {
			wide++
		}
	}
	return g, wide >= 2
}

// splitCells splits a row at | bars not escaped with a backslash.
func splitCells(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			b.WriteByte('|')
			i++
		case s[i] == '|':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(out, b.String())
}

func anyCode(cells []string) bool {
	for _, c := range cells {
		if _, _, ok := leadingInt(strings.TrimSpace(c)); ok {
			return true
		}
	}
	return false
}
