package catalog

import (
	"bytes"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// How the Markdown reader works.
//
// goldmark (with GFM tables) turns the document into blocks, which are
// visited in order. Each heading is classified by its words (see classify)
// and pushed on a stack of open sections; a heading that says nothing
// inherits the kind of the section it is in, so "## Gateway / ### Codes"
// stays in the gateway. What a block documents depends on the innermost
// section's kind:
//
//   - a table: one entry per row, the code column found by its cells;
//   - a heading "## 404: Not Found" or a bare line "404 Not Found"
//     (HTTP or unclassified sections only): one HTTP status, whose meaning is
//     the first line of text after it that is not a label like "Description:";
//   - a JSON code block: the error body's fields under an error heading, the
//     5xx body's under a 5xx heading. Codes inside it document nothing.
//
// Prose never documents a code, nor do lists of code categories ("1xxxx").

// sectionKind is what a section's tables and lines document.
type sectionKind int

const (
	kindNone sectionKind = iota
	kindHTTP
	kindErrors
	kindClose
	kindOpcodes
)

// noun names a kind's codes in messages.
func (k sectionKind) noun() string {
	switch k {
	case kindHTTP:
		return "status"
	case kindErrors:
		return "error code"
	case kindClose:
		return "close code"
	case kindOpcodes:
		return "opcode"
	}
	return "code"
}

// aNoun is noun with its article.
func (k sectionKind) aNoun() string {
	if n := k.noun(); n[0] == 'e' || n[0] == 'o' {
		return "an " + n
	}
	return "a " + k.noun()
}

type section struct {
	level   int
	kind    sectionKind
	gateway bool // under a Gateway or WebSocket heading
	server  bool // under a 5xx heading: a JSON block is the 5xx body
}

var md = goldmark.New(goldmark.WithExtensions(extension.Table))

type mdReader struct {
	name  string
	src   []byte
	lines []int // offsets where lines start
	cat   *Catalog
	stack []section
	// pending is the index in cat.HTTP of a heading or bare-line status
	// still waiting for its meaning, or -1.
	pending int
}

// parseMarkdown reads a Markdown or plain-text document. It reports
// structural errors (malformed code tables) but does not validate ranges or
// duplicates.
func parseMarkdown(name string, data []byte) (*Catalog, error) {
	src := skipFrontMatter(data)
	r := &mdReader{name: name, src: src, cat: &Catalog{Sources: []string{name}}, pending: -1}
	r.lines = append(r.lines, 0)
	for i, b := range src {
		if b == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
	doc := md.Parser().Parse(text.NewReader(src))
	if err := r.blocks(doc); err != nil {
		return nil, err
	}
	return r.cat, nil
}

// skipFrontMatter blanks a YAML front-matter block at the top of data,
// keeping its newlines so that line numbers stay right. A byte-order mark
// is dropped.
func skipFrontMatter(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return data
	}
	off := len(first) + 1
	for len(rest) > 0 {
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		off += len(line) + 1
		if t := string(bytes.TrimRight(line, " \t\r")); t == "---" || t == "..." {
			out := make([]byte, len(data))
			copy(out, data)
			for i := 0; i < off && i < len(out); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			return out
		}
		rest = next
	}
	return data // no closing line: not front matter
}

func (r *mdReader) lineAt(off int) int {
	if off < 0 {
		return 1
	}
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i] > off })
}

func (r *mdReader) pos(off int) Pos { return Pos{File: r.name, Line: r.lineAt(off)} }

func (r *mdReader) top() section {
	if len(r.stack) == 0 {
		return section{}
	}
	return r.stack[len(r.stack)-1]
}

func (r *mdReader) blocks(parent ast.Node) error {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		var err error
		switch n := n.(type) {
		case *ast.Heading:
			r.heading(n)
		case *east.Table:
			err = r.table(n)
		case *ast.Paragraph, *ast.TextBlock:
			r.paragraph(n)
		case *ast.FencedCodeBlock:
			r.codeBlock(n, string(n.Language(r.src)))
		case *ast.CodeBlock:
			r.codeBlock(n, "")
		case *ast.ThematicBreak, *ast.HTMLBlock:
			// Nothing to read.
		default:
			err = r.blocks(n) // lists, quotes: read what they hold
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *mdReader) heading(h *ast.Heading) {
	r.pending = -1
	for len(r.stack) > 0 && r.top().level >= h.Level {
		r.stack = r.stack[:len(r.stack)-1]
	}
	parent := r.top()
	sec := section{level: h.Level, kind: parent.kind, gateway: parent.gateway, server: parent.server}
	title := inlineText(h, r.src)
	if code, name, ok := statusHeading(title); ok && (parent.kind == kindHTTP || parent.kind == kindNone) {
		r.addStatus(code, name, h.Pos())
		sec.kind, sec.server = kindHTTP, code >= 500
	} else if k, gateway, server, ok := classify(title); ok {
		sec.kind, sec.server = k, server
		sec.gateway = gateway || (parent.gateway && (k == kindNone || k == kindClose || k == kindOpcodes))
	}
	if sec.gateway && sec.kind == kindNone && hasWord(title, "code", "codes") {
		sec.kind = kindClose // "## Gateway / ### Codes": a gateway's codes are close codes
	}
	r.stack = append(r.stack, sec)
}

// classify returns what a heading's words say its section documents; ok is
// false when they say nothing, and the section inherits its parent's kind.
func classify(title string) (k sectionKind, gateway, server, ok bool) {
	words := strings.Fields(Fold(title))
	has := func(ws ...string) bool {
		for _, w := range words {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	gateway = has("gateway", "websocket", "websockets", "socket", "ws")
	if has("5xx") || has("server") && has("error", "errors") {
		return kindHTTP, gateway, true, true
	}
	opcodes := has("opcode", "opcodes") || has("op") && has("code", "codes")
	closeCodes := has("close", "closing", "closure")
	json := has("json")
	errorCodes := json || has("error", "errors") && has("code", "codes")
	http := has("http", "status", "statuses", "response", "responses")
	switch {
	case opcodes && (closeCodes || errorCodes || http):
		return kindNone, gateway, false, true // "Opcodes and Status Codes": a title over both
	case opcodes:
		return kindOpcodes, true, false, true
	case closeCodes:
		return kindClose, true, false, true
	case errorCodes:
		return kindErrors, false, false, true
	case http:
		return kindHTTP, false, false, true
	case has("error", "errors"):
		return kindErrors, false, false, true
	case gateway:
		return kindNone, true, false, true
	}
	return kindNone, false, false, false
}

func hasWord(s string, ws ...string) bool {
	for _, w := range strings.Fields(Fold(s)) {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

func (r *mdReader) addStatus(code int, name string, off int) {
	r.cat.HTTP = append(r.cat.HTTP, HTTPStatus{Code: code, Name: name, Pos: r.pos(off)})
	r.pending = len(r.cat.HTTP) - 1
}

// statusHeading reads a heading that is a status: "404", "404: Not Found",
// "404 - Not Found", "404 Not Found", "404 (Not Found)".
func statusHeading(s string) (code int, name string, ok bool) {
	n, rest, ok := leadingInt(s)
	if !ok || n.big || len(s)-len(rest) != 3 || s[0] == '-' {
		return 0, "", false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return n.v, "", true
	}
	if name, ok := reasonAfter(rest); ok {
		return n.v, name, true
	}
	return 0, "", false
}

// reasonAfter reads what follows a code: ": Not Found", "- Not Found",
// "(Not Found)" or " Not Found" (rest already trimmed).
func reasonAfter(rest string) (string, bool) {
	switch {
	case strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")"):
		return strings.TrimSpace(rest[1 : len(rest)-1]), true
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "-"):
		return strings.TrimSpace(rest[1:]), true
	case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"):
		return strings.TrimSpace(rest[len("–"):]), true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if isLetterOrDigit(r) {
		return rest, true
	}
	return "", false
}

// bareStatus reads a line that is only a status and its reason phrase:
// "404 Not Found", "404: Not Found". The reason must be the registry's
// phrase or look like one: up to six capitalised words ("of", "not" and
// such may be lower-case), no sentence punctuation.
func bareStatus(line string) (int, string, bool) {
	code, name, ok := statusHeading(line)
	if !ok || !ValidStatus(code) || name == "" {
		return 0, "", false
	}
	if Fold(name) == Fold(StatusText(code)) {
		return code, name, true
	}
	words := strings.Fields(name)
	if len(words) > 6 {
		return 0, "", false
	}
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) && (i == 0 || !smallWords[w]) {
			return 0, "", false
		}
		for _, c := range w {
			if !(isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’') {
				return 0, "", false
			}
		}
	}
	return code, name, true
}

// smallWords may be lower-case inside a reason phrase.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "of": true, "for": true, "to": true, "the": true,
	"not": true, "too": true, "in": true, "on": true, "by": true, "with": true, "is": true, "at": true,
}

// paragraph reads a paragraph line by line: bare status lines, and the
// meaning of the status before it.
func (r *mdReader) paragraph(p ast.Node) {
	k := r.top().kind
	lines := inlineLines(p, r.src)
	raw := p.Lines()
	for i, line := range lines {
		off := p.Pos()
		if i < raw.Len() {
			off = raw.At(i).Start
		}
		if k == kindHTTP || k == kindNone {
			if code, name, ok := bareStatus(line); ok {
				r.addStatus(code, name, off)
				continue
			}
		}
		if r.pending < 0 || line == "" || isLabel(line) {
			continue
		}
		r.cat.HTTP[r.pending].Meaning = line
		r.pending = -1
	}
}

// isLabel reports whether a line is a label such as "Description:" or
// "Example Response:" rather than text.
func isLabel(line string) bool {
	return strings.HasSuffix(line, ":") && len(strings.Fields(line)) <= 4
}

// codeBlock reads the fields of a JSON body under an error or 5xx heading.
func (r *mdReader) codeBlock(n ast.Node, lang string) {
	sec := r.top()
	lang = strings.ToLower(lang)
	if lang != "" && lang != "json" && lang != "jsonc" && lang != "json5" && lang != "js" && lang != "javascript" {
		return // not JSON
	}
	var shape *[]string
	var at *Pos
	switch {
	case sec.server:
		shape, at = &r.cat.ServerErrorShape, &r.cat.ServerErrorShapePos
	case sec.kind == kindErrors:
		shape, at = &r.cat.ErrorShape, &r.cat.ErrorShapePos
	default:
		return // an example of something else
	}
	if *shape != nil {
		return // the first body documents the shape
	}
	var buf bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		buf.Write(seg.Value(r.src))
	}
	keys := objectKeys(buf.Bytes())
	if len(keys) == 0 {
		return // not a JSON object
	}
	*shape = codeFirst(keys)
	off := n.Pos() // the opening fence
	if off < 0 {
		off = lines.At(0).Start
	}
	*at = r.pos(off)
}

// objectKeys returns the top-level keys of a JSON object, in order, or nil
// if data is not one.
func objectKeys(data []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var keys []string
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil
		}
		k, ok := t.(string)
		if !ok {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if k = clean(k); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('}') {
		return nil
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil
	}
	return keys
}

// codeFirst moves the "code" field to the front, keeping the others' order.
func codeFirst(keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k == "code" {
			out = append(out, k)
		}
	}
	for _, k := range keys {
		if k != "code" {
			out = append(out, k)
		}
	}
	return out
}

// A number read from a code cell; big when it does not fit the ranges
// any code may have.
type number struct {
	v   int
	big bool
	lit string
}

func (n number) String() string { return n.lit }

// leadingInt reads an optionally signed decimal integer at the start of s.
func leadingInt(s string) (number, string, bool) {
	i := 0
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		_, size := utf8.DecodeRuneInString(s)
		i = size
	}
	j := i
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i {
		return number{}, s, false
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetterOrDigit(r) || r == '.' || r == ',' {
			return number{}, s, false // "3rd", "1.5", "1,000"
		}
	}
	lit := "-" + s[i:j]
	if i == 0 {
		lit = s[:j]
	}
	v, err := strconv.ParseInt(lit, 10, 64)
	n := number{v: int(v), lit: lit}
	if err != nil || v > 1<<31-1 || v < -(1<<31) {
		n.v, n.big = 0, true
	}
	return n, s[j:], true
}

// A cell of a table's code column.
type codeCell struct {
	n     number
	class string // "5xx" for a class row
	name  string // "OK" from "200 (OK)"
}

// parseCode reads a code cell: "404", "-1", "200 (OK)", "404 Not Found"
// (statuses), and "5xx" (a status class).
func parseCode(s string, k sectionKind) (codeCell, bool) {
	s = strings.TrimSpace(s)
	var c codeCell
	var rest string
	if k == kindHTTP && isClass(s) {
		c.class, rest = string(s[0])+"xx", s[3:]
	} else {
		n, r, ok := leadingInt(s)
		if !ok {
			return codeCell{}, false
		}
		c.n, rest = n, r
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return c, true
	}
	if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
		c.name = strings.TrimSpace(rest[1 : len(rest)-1])
		return c, true
	}
	if k == kindHTTP {
		if name, ok := reasonAfter(rest); ok && name != "" {
			c.name = name
			return c, true
		}
	}
	return codeCell{}, false
}

// isClass reports whether s starts with a status class such as "5xx",
// followed by nothing or by a non-word character.
func isClass(s string) bool {
	if len(s) < 3 || s[0] < '1' || s[0] > '9' || (s[1] != 'x' && s[1] != 'X') || (s[2] != 'x' && s[2] != 'X') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[3:])
	return len(s) == 3 || !isLetterOrDigit(r)
}

// parseDirection reads an opcode's direction, from the client's view
// ("send", "receive") or by sender ("client", "server").
func parseDirection(s string) (string, bool) {
	switch Fold(s) {
	case "":
		return "", true
	case "send", "sent", "client", "client to server", "outgoing", "upstream":
		return DirClient, true
	case "receive", "received", "recv", "server", "server to client", "incoming", "downstream":
		return DirServer, true
	case "both", "send receive", "receive send", "send and receive", "send or receive", "sent received",
		"bidirectional", "either", "client server", "client and server":
		return DirBoth, true
	}
	return "", false
}

// Column roles, from header words.
const (
	roleNone = iota
	roleCode
	roleName
	roleDesc
	roleMeaning
	roleAction
	roleDirection
)

func headerRole(h string) int {
	switch Fold(h) {
	case "code", "codes", "status", "status code", "http status", "http code", "http status code",
		"error code", "close code", "opcode", "op", "op code", "value":
		return roleCode
	case "name", "text", "reason", "reason phrase", "phrase", "title", "label", "event", "type":
		return roleName
	case "description", "desc":
		return roleDesc
	case "meaning", "message", "explanation", "details", "detail", "notes", "note", "comment",
		"comments", "when", "summary", "error", "cause":
		return roleMeaning
	case "action", "client action", "what to do", "reconnect", "handling", "recovery":
		return roleAction
	case "direction", "sent by", "sender", "send receive", "from":
		return roleDirection
	}
	return roleNone
}

// table reads a table in a codes section.
//
// The code column is the column whose every cell is a code (a header such
// as "Code" breaks ties). A table with no such column is not a code table
// and is skipped, unless it claims to be one: a column headed like a code
// column ("Code", "Status", "Opcode") that holds at least one code. Then
// the first row whose cell there is not a code is an error; and a
// codes-section table with a code header but no codes at all is an error
// too ("has no column of codes").
func (r *mdReader) table(t *east.Table) error {
	r.pending = -1
	k := r.top().kind
	var header []string
	var rows [][]string
	var rowOff []int
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inlineText(c, r.src))
		}
		if _, ok := row.(*east.TableHeader); ok {
			header = cells
			continue
		}
		rows = append(rows, cells)
		rowOff = append(rowOff, row.Pos())
	}
	tablePos := r.pos(t.Pos())
	guess := false
	if k == kindNone {
		// An unclassified section: the header may say what the table is;
		// if not, a column of statuses makes it a status table.
		// Either way it is a guess: a table that turns out not to list
		// codes is skipped, never an error.
		k, guess = kindHTTP, true
		if kk, _, _, ok := classify(strings.Join(header, " ")); ok && kk != kindNone {
			k = kk
		}
	}
	if len(rows) == 0 {
		return nil // a header alone documents nothing
	}
	cell := func(row []string, i int) string {
		if i < len(row) {
			return row[i]
		}
		return ""
	}
	roles := make([]int, len(header))
	for i, h := range header {
		roles[i] = headerRole(h)
	}
	codeCol := -1
	for i := range header {
		all := true
		for _, row := range rows {
			if _, ok := parseCode(cell(row, i), k); !ok {
				all = false
				break
			}
		}
		if all && (codeCol < 0 || roles[i] == roleCode && roles[codeCol] != roleCode) {
			codeCol = i
		}
	}
	if codeCol < 0 {
		if guess {
			return nil // no codes: not a code table
		}
		claimed := -1
		for i, role := range roles {
			if role == roleCode {
				claimed = i
				break
			}
		}
		if claimed < 0 {
			return nil // a table about something else
		}
		some := false
		for _, row := range rows {
			if _, ok := parseCode(cell(row, claimed), k); ok {
				some = true
				break
			}
		}
		if !some {
			return errorf(tablePos, "table under a %s heading has no column of codes", k.noun())
		}
		for j, row := range rows {
			if _, ok := parseCode(cell(row, claimed), k); !ok {
				return errorf(r.pos(rowOff[j]), "%q in the %q column is not %s", cell(row, claimed), header[claimed], k.aNoun())
			}
		}
	}
	if guess && k == kindHTTP {
		for _, row := range rows {
			if c, _ := parseCode(cell(row, codeCol), k); c.class == "" && !ValidStatus(c.n.v) {
				return nil // numbers, but not statuses
			}
		}
	}
	for i, role := range roles {
		if role == roleCode && i != codeCol {
			roles[i] = roleNone // "| Code | Status |": the status is a name
		}
	}
	roles[codeCol] = roleCode

	col := func(role int) int {
		for i, r := range roles {
			if r == role && i != codeCol {
				return i
			}
		}
		return -1
	}
	nameCol, descCol, meaningCol, actionCol, dirCol := col(roleName), col(roleDesc), col(roleMeaning), col(roleAction), col(roleDirection)
	allDirections := func(i int) bool {
		for _, row := range rows {
			if _, ok := parseDirection(cell(row, i)); !ok {
				return false
			}
		}
		return true
	}
	if k == kindOpcodes {
		if dirCol >= 0 && !allDirections(dirCol) {
			dirCol = -1
		}
		if dirCol < 0 && actionCol >= 0 && allDirections(actionCol) {
			dirCol, actionCol = actionCol, -1
		}
		if dirCol < 0 {
			for i, role := range roles {
				if role == roleNone && allDirections(i) {
					dirCol = i
					break
				}
			}
		}
		if dirCol >= 0 {
			roles[dirCol] = roleDirection
		}
	}
	if meaningCol < 0 {
		meaningCol, descCol = descCol, -1
	}
	if nameCol < 0 && descCol >= 0 {
		nameCol = descCol // "| code | description | meaning |"
	}
	// Fall back to position for what the header does not name.
	var free []int
	for i, role := range roles {
		if role == roleNone {
			free = append(free, i)
		}
	}
	if meaningCol < 0 && len(free) > 0 {
		meaningCol = free[len(free)-1]
		free = free[:len(free)-1]
	}
	if nameCol < 0 && k != kindErrors && len(free) > 0 {
		nameCol = free[0]
	}

	for j, row := range rows {
		c, _ := parseCode(cell(row, codeCol), k)
		at := r.pos(rowOff[j])
		name := c.name
		if nameCol >= 0 && cell(row, nameCol) != "" {
			name = cell(row, nameCol)
		}
		meaning := ""
		if meaningCol >= 0 {
			meaning = cell(row, meaningCol)
		}
		if c.n.big {
			return errorf(at, "%s %s is out of range", k.noun(), c.n)
		}
		switch k {
		case kindHTTP:
			if c.class != "" {
				from := int(c.class[0]-'0') * 100
				r.cat.HTTPRanges = append(r.cat.HTTPRanges, HTTPRange{Class: c.class, From: from, To: from + 99, Meaning: meaning, Pos: at})
				continue
			}
			r.cat.HTTP = append(r.cat.HTTP, HTTPStatus{Code: c.n.v, Name: name, Meaning: meaning, Pos: at})
		case kindErrors:
			if meaning == "" {
				meaning = name
			}
			r.cat.ErrorCodes = append(r.cat.ErrorCodes, ErrorCode{Code: c.n.v, Meaning: meaning, Pos: at})
		case kindClose:
			action := ""
			if actionCol >= 0 {
				action = cell(row, actionCol)
			}
			r.cat.CloseCodes = append(r.cat.CloseCodes, CloseCode{Code: c.n.v, Name: name, Action: action, Meaning: meaning, Pos: at})
		case kindOpcodes:
			dir := ""
			if dirCol >= 0 {
				dir, _ = parseDirection(cell(row, dirCol))
			}
			r.cat.Opcodes = append(r.cat.Opcodes, Opcode{Code: c.n.v, Name: name, Direction: dir, Meaning: meaning, Pos: at})
		}
	}
	return nil
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
				b.Write(seg.Value(src))
			}
		default:
			writeInline(b, c, src, newline)
		}
	}
}

// clean makes text valid UTF-8 (mojibake is kept, broken bytes become
// U+FFFD) and collapses its whitespace.
func clean(s string) string {
	tidy := utf8.ValidString(s)
	for i := 0; tidy && i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			tidy = i > 0 && i < len(s)-1 && s[i-1] != ' '
		case c < ' ' || c >= utf8.RuneSelf || c == 0x7f:
			tidy = false // control or non-ASCII (it may be a space): the slow way
		}
	}
	if tidy {
		return s
	}
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}
