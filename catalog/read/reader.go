package read

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// How the reader works.
//
// A document is split into blocks (blocks.go, plaintext.go), which are
// read in order. Each heading is classified by its words (classify, from
// the vocabulary in words.go) and pushed on a stack of open sections; a
// heading that says nothing inherits the kind of the section it is in, so
// "## Gateway / ### Codes" stays in the gateway. A heading may itself be an
// entry: "## 404: Not Found", "### -1000 UNKNOWN", or a name followed by a
// block that gives "Code: 3008". What a block documents depends on the
// innermost section's kind:
//
//   - a table (GFM, HTML or ASCII): a grid, read by interpret.go;
//   - a list or definition list: one entry per item that starts with a code;
//   - a paragraph: bare status lines ("404 Not Found"), bare codes and
//     ranges in a code section ("1000", "4000-4999"), and the meaning of
//     the entry before it;
//   - a code block: a body shape when it is an object under an error or
//     5xx heading, or when the prose before it says so; a table when it
//     draws one; "Code: N" for the name heading above it.
//
// Prose never documents a code, nor do lists of code categories ("1xxxx").
// An HTML comment <!-- statuslint: KIND [scope=NAME] --> or
// <!-- statuslint: ignore --> decides the next heading, table or list.

// kind is what a section's tables and lines document.
type kind int

const (
	kindNone kind = iota
	kindHTTP
	kindErrors
	kindClose
	kindOpcodes
	kindOther // codes of a family statuslint does not check ("unsubscribe codes")
)

// noun names a kind's codes in messages.
func (k kind) noun() string {
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

func (k kind) plural() string {
	switch k {
	case kindHTTP:
		return "HTTP statuses"
	case kindErrors:
		return "error codes"
	case kindClose:
		return "close codes"
	case kindOpcodes:
		return "opcodes"
	case kindOther:
		return "codes of another kind"
	}
	return "nothing in particular"
}

// aNoun is noun with its article.
func (k kind) aNoun() string {
	if n := k.noun(); n[0] == 'e' || n[0] == 'o' {
		return "an " + n
	}
	return "a " + k.noun()
}

type section struct {
	level   int
	kind    kind
	scope   string
	gateway bool // under a Gateway or WebSocket heading
	server  bool // under a 5xx heading: a JSON block is the 5xx body
	entry   bool // the heading is one code's entry: a body under it is that code's example
	general bool // the heading says "body" or "format": a body here is the error body, whatever its fields
	ignore  bool // <!-- statuslint: ignore -->
	// declared says a statuslint comment gave the heading its kind: its
	// tables are that kind, whatever their cells look like.
	declared bool
}

// A directive is what a statuslint comment says of the next block.
type directive struct {
	kind   kind
	scope  string
	ignore bool
	line   int
}

type reader struct {
	name       string
	cat        *catalog.Catalog
	explaining bool
	explain    []string
	headings   []string // every heading's title, for "no codes found"
	stack      []section

	// pending fills in the meaning of the entry just read (a heading, a
	// bare line), from the text after it; nil when none waits.
	pending func(meaning string)
	// named is a heading in a code section that names an entry whose code
	// a following block gives ("Code: 3008").
	named     string
	namedLine int

	dir      *directive
	listing  int // which table, list or run of headings an entry comes from
	seen     map[string][2]int
	prevText string // the paragraph before this block

	shapes [3]shapeFound // error body, its example, 5xx body
	// givenScopes are the scopes statuslint comments gave: kept even where
	// a kind has one scope only.
	givenScopes map[string]bool
	err         error
}

type shapeFound struct {
	shape catalog.Shape
	ok    bool
}

func (r *reader) note(line int, format string, args ...any) {
	if !r.explaining {
		return // the decisions are formatted only for -explain
	}
	r.explain = append(r.explain, fmt.Sprintf("%s:%d: ", r.name, line)+fmt.Sprintf(format, args...))
}

func (r *reader) warn(line int, format string, args ...any) {
	msg := fmt.Sprintf("%s:%d: ", r.name, line) + fmt.Sprintf(format, args...)
	r.cat.Warnings = append(r.cat.Warnings, msg)
	r.explain = append(r.explain, msg)
}

func (r *reader) pos(line int) catalog.Pos { return catalog.Pos{File: r.name, Line: line} }

func (r *reader) top() section {
	if len(r.stack) == 0 {
		return section{}
	}
	return r.stack[len(r.stack)-1]
}

// parseMarkdown reads a Markdown or plain-text document. It reports
// structural errors (malformed code tables) but does not validate ranges or
// duplicates. explain, when not nil, receives the reader's decisions.
func parseMarkdown(name string, data []byte, explain *[]string) (*catalog.Catalog, error) {
	src, title, titleLine := skipFrontMatter(data)
	r := &reader{name: name, cat: &catalog.Catalog{Sources: []string{name}}, seen: map[string][2]int{}, explaining: explain != nil}
	var blocks []block
	if strings.EqualFold(extOf(name), ".txt") && isRFCStyle(src) {
		r.note(1, "read as a plain-text page of numbered sections")
		blocks = plainBlocks(src)
	} else {
		blocks = markdownBlocks(src)
	}
	if title != "" {
		// The front matter's title heads the whole page.
		if k, why, _, _ := classify(title, section{}); k != kindNone && k != kindOther {
			r.stack = append(r.stack, section{level: 0, kind: k})
			r.note(titleLine, "title %q: %s (%s)", title, k.plural(), why)
		}
	}
	for i := range blocks {
		r.block(&blocks[i])
		if r.err != nil {
			if explain != nil {
				*explain = r.explain
			}
			return nil, r.err
		}
	}
	r.finish()
	if explain != nil {
		*explain = r.explain
	}
	if r.cat.Empty() {
		return nil, &catalog.Error{File: name, Line: 1, Msg: noCodes(r.headings)}
	}
	return r.cat, nil
}

func extOf(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 && !strings.ContainsAny(name[i:], `/\`) {
		return name[i:]
	}
	return ""
}

// skipFrontMatter blanks a YAML front-matter block at the top of data,
// keeping its newlines so that line numbers stay right, and returns its
// title. A byte-order mark is dropped.
func skipFrontMatter(data []byte) ([]byte, string, int) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return data, "", 0
	}
	off := len(first) + 1
	title, titleLine, line := "", 0, 1
	for len(rest) > 0 {
		l, next, _ := bytes.Cut(rest, []byte("\n"))
		off += len(l) + 1
		line++
		t := string(bytes.TrimRight(l, " \t\r"))
		if t == "---" || t == "..." {
			out := make([]byte, len(data))
			copy(out, data)
			for i := 0; i < off && i < len(out); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			return out, title, titleLine
		}
		if v, ok := strings.CutPrefix(t, "title:"); ok && title == "" {
			title, titleLine = strings.Trim(strings.TrimSpace(v), `"'`), line
		}
		rest = next
	}
	return data, "", 0 // no closing line: not front matter
}

func (r *reader) block(b *block) {
	if b.kind == bComment {
		r.comment(b)
		return
	}
	d := r.dir
	if b.kind != bPara {
		r.dir = nil
	}
	if b.kind == bHeading {
		r.heading(b, d)
		return
	}
	if d == nil && r.top().ignore || d != nil && d.ignore {
		if d != nil && d.ignore {
			r.note(b.line, "skipped: <!-- statuslint: ignore --> at line %d", d.line)
		}
		return
	}
	switch b.kind {
	case bPara:
		r.paragraph(b)
		r.prevText = strings.Join(b.lines, " ")
		return
	case bTable:
		r.pending, r.named = nil, ""
		r.listing++
		k, why := r.top().kind, "the heading"
		if d != nil {
			k, why = d.kind, fmt.Sprintf("<!-- statuslint --> at line %d", d.line)
		}
		r.table(b.grid, k, why, d)
	case bList:
		r.list(b, d)
	case bCode:
		r.code(b)
	}
	r.prevText = ""
}

var scopeRE = regexp.MustCompile(`\bscope=("(?:[^"\\]|\\.)*"|\S*)`)

func (r *reader) comment(b *block) {
	text := b.text
	d := &directive{line: b.line}
	if m := scopeRE.FindStringSubmatchIndex(text); m != nil {
		v := text[m[2]:m[3]]
		if u, err := strconv.Unquote(v); err == nil {
			v = u
		}
		d.scope = clean(v)
		if r.givenScopes == nil {
			r.givenScopes = map[string]bool{}
		}
		r.givenScopes[d.scope] = true
		text = text[:m[0]] + text[m[1]:]
	}
	words := strings.Fields(text)
	for i, w := range words {
		if i > 0 {
			continue
		}
		switch strings.ToLower(w) {
		case "ignore":
			d.ignore = true
		case "http", "http-statuses", "statuses":
			d.kind = kindHTTP
		case "errors", "error-codes", "json-errors":
			d.kind = kindErrors
		case "close-codes", "close":
			d.kind = kindClose
		case "opcodes":
			d.kind = kindOpcodes
		default:
			r.warn(b.line, "unknown statuslint comment %q: want http, error-codes, close-codes, opcodes or ignore", w)
			return
		}
	}
	r.dir = d
	r.note(b.line, "statuslint comment: %s", b.text)
}

// classify returns what a heading's words say its section documents, why,
// and the words left for a scope's name; ok is false when the words say
// nothing and the section inherits its parent's kind.
func classify(title string, parent section) (k kind, why string, rest []string, ok bool) {
	s, said, rest := senses(title)
	why = "words " + strings.Join(said, ", ")
	has := func(x sense) bool { return s&x != 0 }
	opcodes := has(wOpcode) || has(wOp) && has(wCode)
	closeCodes := has(wClose)
	errorCodes := has(wJSON) || has(wError) && has(wCode)
	switch {
	case has(w5xx) || has(wServer) && has(wError) && !has(wCode):
		return kindHTTP, why, rest, true
	case has(wClass) && !opcodes && !closeCodes:
		return kindHTTP, why, rest, true // "4xx errors"
	case has(wStatus) && !has(wHTTP) && !errorCodes && !opcodes && parent.gateway:
		return kindClose, why + ", under a gateway", rest, true // RFC 6455 calls close codes status codes
	case opcodes && (closeCodes || errorCodes || has(wHTTP) || has(wStatus)):
		return kindNone, why + ": a title over several kinds", rest, true
	case opcodes:
		return kindOpcodes, why, rest, true
	case closeCodes:
		return kindClose, why, rest, true
	case has(wStatus) && !has(wHTTP) && (parent.kind == kindClose || parent.kind == kindOpcodes):
		return parent.kind, why + ", under " + parent.kind.plural(), rest, true
	case has(wStatus) && has(wGeneral) && !has(wHTTP) && parent.kind == kindErrors:
		return kindErrors, why + ", under error codes: the error body", rest, true
	case errorCodes:
		return kindErrors, why, rest, true
	case has(wError):
		if has(wStatus) {
			why += ` ("error response" is an error body, not statuses)`
		}
		return kindErrors, why, rest, true
	case has(wHTTP) || has(wStatus):
		return kindHTTP, why, rest, true
	case has(wGateway):
		return kindNone, why, rest, true
	case has(wCode) && parent.gateway:
		return kindClose, "words codes, under a gateway", rest, true
	case has(wPlural) && scopeName(rest) != "" && parent.kind == kindNone:
		return kindOther, "words codes, of a kind not checked (" + scopeName(rest) + ")", rest, true
	}
	return kindNone, "", rest, false
}

func (r *reader) heading(b *block, d *directive) {
	r.headings = append(r.headings, b.text)
	r.pending, r.named = nil, ""
	r.prevText = ""
	for len(r.stack) > 0 && r.top().level >= b.level {
		r.stack = r.stack[:len(r.stack)-1]
	}
	parent := r.top()
	sec := section{level: b.level, kind: parent.kind, scope: parent.scope, gateway: parent.gateway, server: parent.server, ignore: parent.ignore}
	title := b.text
	if d != nil {
		sec.kind, sec.ignore, sec.declared = d.kind, d.ignore, true
		if d.scope != "" {
			sec.scope = d.scope
		}
		if d.ignore {
			r.note(b.line, "heading %q: ignored (<!-- statuslint: ignore -->)", title)
		} else {
			r.note(b.line, "heading %q: %s (<!-- statuslint --> at line %d)", title, sec.kind.plural(), d.line)
		}
		r.stack = append(r.stack, sec)
		return
	}
	if sec.ignore {
		r.stack = append(r.stack, sec)
		return
	}
	if r.headingEntry(b, parent, &sec) {
		r.stack = append(r.stack, sec)
		return
	}
	if k, why, rest, ok := classify(title, parent); ok {
		if k != parent.kind || parent.kind == kindNone {
			sec.scope = scopeName(rest)
		}
		sec.kind, sec.server = k, false
		s, _, _ := senses(title)
		if k == kindHTTP && (s&w5xx != 0 || s&wServer != 0) {
			sec.server = true
		}
		sec.gateway = s&wGateway != 0 || parent.gateway && (k == kindNone || k == kindClose || k == kindOpcodes)
		sec.general = s&wGeneral != 0
		if k == kindErrors && (s&wGeneral != 0 || s&wStatus != 0) {
			why += "; a body here is the general error body"
		}
		r.note(b.line, "heading %q: %s (%s)", title, k.plural(), why)
	} else if sec.kind == kindErrors || sec.kind == kindClose || sec.kind == kindOpcodes {
		// A name heading in a code section: its code may follow ("Code: 3008").
		r.named, r.namedLine = title, b.line
		sec.entry = true
		r.note(b.line, "heading %q: its words name no kind; in %s, a name whose code may follow", title, sec.kind.plural())
	} else {
		r.note(b.line, "heading %q: its words name no kind; %s, from the section above", title, sec.kind.plural())
	}
	r.stack = append(r.stack, sec)
}

// scopeName makes a scope's name of a heading's words that name no kind.
func scopeName(words []string) string {
	var out []string
	for _, w := range words {
		if v, ok := vocabulary[w]; ok && v.heading&wGeneric != 0 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// headingEntry reads a heading that is one entry: a status, or a code in
// a code section. It reports whether it was one.
func (r *reader) headingEntry(b *block, parent section, sec *section) bool {
	title := b.text
	k := parent.kind
	if code, name, ok := statusHeading(title); ok {
		switch {
		case k == kindHTTP || k == kindNone,
			k == kindErrors && catalog.ValidStatus(code) && sharesReason(code, name):
			set := r.addStatus(code, name, "", b.line)
			r.pending = set
			sec.kind, sec.server, sec.entry = kindHTTP, code >= 500, true
			r.note(b.line, "heading %q: status %d", title, code)
			return true
		}
	}
	if k2, rest, ok := labelledCode(title, parent); ok {
		// "Error 20003: Permission denied", "Close code 4001".
		k, title = k2, rest
	}
	if k != kindErrors && k != kindClose && k != kindOpcodes {
		return false
	}
	c, name, ok := codeHeading(title, k)
	if !ok || c.str != "" || c.ranged {
		return false // string codes are not read from headings: "`error`" names a field as often
	}
	if c.n.big {
		r.err = errorf(r.pos(b.line), "%s %s is out of range", k.noun(), c.n)
		return true
	}
	r.pending = r.add(k, c, name, "", "", "", 0, parent.scope, b.line)
	sec.entry = true
	r.note(b.line, "heading %q: %s %s", title, k.noun(), c.n)
	return true
}

// labelledCode reads a heading whose first words name the kind of the code
// after them: "Error 20003: Permission denied", "Close code 4001". It
// returns the kind and the heading from the code on.
func labelledCode(title string, parent section) (kind, string, bool) {
	words := strings.Fields(title)
	for i := 1; i <= 3 && i < len(words); i++ {
		if _, _, ok := leadingInt(words[i]); !ok {
			continue
		}
		label := strings.Join(words[:i], " ")
		s, _, rest := senses(label)
		if len(rest) > 0 || s&(wError|wCode|wClose|wOpcode) == 0 {
			return 0, "", false // "Version 2 changes": not a label
		}
		k, _, _, ok := classify(label, parent)
		if !ok || k == kindNone || k == kindOther || k == kindHTTP {
			k = parent.kind
		}
		return k, strings.Join(words[i:], " "), true
	}
	return 0, "", false
}

func (r *reader) paragraph(b *block) {
	sec := r.top()
	k := sec.kind
	if k == kindErrors || sec.server {
		if v, ok := inlineBody(strings.Join(b.lines, " ")); ok {
			r.body(v, b.line, sec, "inline in the text", b.inItem)
		}
	}
	if b.inItem && r.pending == nil {
		return // the text of a list entry
	}
	for i := 0; i < len(b.lines); i++ {
		line := b.lines[i]
		at := b.line
		if i < len(b.at) {
			at = b.at[i]
		}
		if r.named != "" {
			if c, ok := codeLine(line, k); ok {
				r.namedEntry(c, k, "", at)
				continue
			}
		}
		if k == kindHTTP || k == kindNone {
			if code, name, ok := bareStatus(line); ok {
				r.pending = r.addStatus(code, name, "", at)
				r.note(at, "line %q: status %d", line, code)
				continue
			}
		}
		if k == kindErrors || k == kindClose || k == kindOpcodes {
			if c, name, ok := codeHeading(line, k); ok && c.str == "" && bareEntry(line, c, name) {
				// A word in capitals alone on a line is text; string codes
				// come from tables, lists and definition lists.
				if c.ranged {
					r.pending = r.add(k, c, name, "", "", "", 0, sec.scope, at)
					r.note(at, "line %q: %s range %d-%d", line, k.noun(), c.n.v, c.to)
				} else if !c.n.big {
					r.pending = r.add(k, c, name, "", "", "", 0, sec.scope, at)
					r.note(at, "line %q: %s %s", line, k.noun(), c.code())
				}
				continue
			}
		}
		if r.pending == nil || line == "" || isLabel(line) {
			continue
		}
		// The meaning runs on to the next label or entry, so that a
		// meaning that wraps is kept whole.
		meaning := line
		for i+1 < len(b.lines) && meaningGoesOn(b.lines[i+1], k) {
			i++
			meaning += " " + b.lines[i]
		}
		r.pending(meaning)
		r.pending = nil
	}
}

// meaningGoesOn reports whether the next line of a paragraph continues the
// meaning before it.
func meaningGoesOn(line string, k kind) bool {
	if line == "" || isLabel(line) {
		return false
	}
	if _, _, ok := bareStatus(line); ok {
		return false
	}
	if _, ok := codeLine(line, k); ok {
		return false
	}
	if k == kindErrors || k == kindClose || k == kindOpcodes {
		if c, name, ok := codeHeading(line, k); ok && bareEntry(line, c, name) {
			return false
		}
	}
	return true
}

// bareEntry reports whether a line is an entry by itself: a code alone, a
// range, or a code and a short name ("4000: unknown error"), not a sentence
// that starts with a code ("1000 indicates a normal closure").
func bareEntry(line string, c codeVal, name string) bool {
	if name == "" || c.ranged {
		return true
	}
	i := strings.IndexAny(line, ":–—=")
	return i > 0 && i < 16 && len(strings.Fields(name)) <= 8
}

// codeLine reads "Code: 3008" (or "code = 3008").
func codeLine(line string, k kind) (codeVal, bool) {
	f := strings.TrimSpace(line)
	low := strings.ToLower(f)
	if !strings.HasPrefix(low, "code") {
		return codeVal{}, false
	}
	rest := strings.TrimSpace(f[4:])
	if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "=") {
		return codeVal{}, false
	}
	rest = strings.TrimSpace(strings.TrimRight(rest[1:], ","))
	c, ok := parseCode(strings.Trim(rest, `"'`), k)
	if !ok || c.n.big || c.ranged {
		return codeVal{}, false
	}
	return c, true
}

func (r *reader) namedEntry(c codeVal, k kind, meaning string, line int) {
	name := r.named
	r.named = ""
	set := r.add(k, c, name, meaning, "", "", 0, r.top().scope, r.namedLine)
	if meaning == "" {
		r.pending = set
	}
	r.note(line, "heading %q with code %s: %s %s", name, c.code(), k.noun(), c.code())
}

func (r *reader) list(b *block, d *directive) {
	sec := r.top()
	k := sec.kind
	if d != nil {
		k = d.kind
	}
	r.listing++
	if sec.entry && r.pending != nil && !b.defs && len(b.items) > 0 {
		// The list under one code's heading describes that code.
		r.pending(b.items[0].text)
		r.pending = nil
		return
	}
	n := 0
	var last func(string) // an HTTP entry's meaning may follow the list
	for _, it := range b.items {
		text := it.text
		if b.defs {
			if c, ok := parseCode(it.term, k); ok && k != kindNone && !c.ranged && !c.n.big {
				r.add(k, c, c.name, it.text, "", "", 0, sec.scope, it.line)
				n++
			}
			continue
		}
		if k == kindHTTP || k == kindNone {
			if code, name, ok := bareStatus(text); ok {
				last = r.addStatus(code, name, "", it.line)
				n++
				continue
			}
			if code, name, meaning, ok := statusItem(text, k); ok {
				r.addStatus(code, name, meaning, it.line)
				n++
				continue
			}
		}
		if k == kindErrors || k == kindClose || k == kindOpcodes {
			if c, name, ok := itemEntry(text, k); ok {
				meaning := ""
				if i := strings.IndexAny(name, ":–—"); i >= 0 {
					name, meaning = strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+len(string([]rune(name[i:])[0])):])
				}
				if (k == kindErrors || c.ranged) && meaning == "" {
					name, meaning = "", name
				}
				dir := ""
				if k == kindOpcodes {
					name, dir = directionInWords(name)
				}
				scope := sec.scope
				if d != nil && d.scope != "" {
					scope = d.scope
				}
				r.add(k, c, name, meaning, "", dir, 0, scope, it.line)
				n++
				continue
			}
		}
		if r.pending != nil && text != "" && n == 0 {
			r.pending(text)
			r.pending = nil
		}
	}
	what := "list"
	if b.defs {
		what = "definition list"
	}
	if n > 0 {
		r.pending = last
		r.note(b.line, "%s: %d %s", what, n, k.plural())
	} else if k != kindNone {
		r.note(b.line, "%s skipped: no entry starts with %s", what, k.aNoun())
	}
}

// statusItem reads a list entry that gives a status, its reason phrase and
// its meaning: "200 OK — the request succeeded", "404 Not Found: no such
// tree". Outside an HTTP section the reason must share a word with the
// registry's, so that "200 requests a minute - the free tier" is prose.
func statusItem(text string, k kind) (int, string, string, bool) {
	code, rest, ok := statusHeading(text)
	if !ok || !catalog.ValidStatus(code) {
		return 0, "", "", false
	}
	for _, sep := range []string{" — ", " – ", " - ", ": "} {
		name, meaning, ok := strings.Cut(rest, sep)
		if !ok {
			continue
		}
		name = strings.TrimSuffix(strings.TrimSpace(name), ":")
		if _, _, bare := bareStatus(fmt.Sprintf("%d %s", code, name)); !bare && !sharesReason(code, name) {
			continue
		}
		if k == kindNone && !sharesReason(code, name) {
			return 0, "", "", false
		}
		return code, name, strings.TrimSpace(meaning), true
	}
	return 0, "", "", false
}

// directionInWords finds a direction given in words beside an opcode's
// name: "glow, sent by the server", "trim (from the client)".
func directionInWords(name string) (string, string) {
	for _, sep := range []string{",", "(", " - ", ";"} {
		if i := strings.LastIndex(name, sep); i > 0 {
			if d, ok := parseDirection(strings.Trim(name[i+len(sep):], " )")); ok && d != "" {
				return strings.TrimSpace(name[:i]), d
			}
		}
	}
	return name, ""
}

// itemEntry reads a list entry that starts with a code: "`4000` unknown
// error", "4000: unknown error", "4000–4999: application codes",
// "`M_FORBIDDEN`: forbidden".
func itemEntry(text string, k kind) (codeVal, string, bool) {
	c, name, ok := codeHeading(text, k)
	if !ok || c.n.big {
		return codeVal{}, "", false
	}
	if c.ranged && k != kindClose {
		return codeVal{}, "", false
	}
	if name == "" && !c.ranged {
		return c, "", true
	}
	return c, name, true
}

func (r *reader) code(b *block) {
	sec := r.top()
	if r.named != "" {
		meaning := ""
		var c codeVal
		found := false
		for _, l := range b.lines {
			if cv, ok := codeLine(l, sec.kind); ok && !found {
				c, found = cv, true
				continue
			}
			key, v, ok := strings.Cut(strings.TrimSpace(l), ":")
			if ok && meaning == "" && (strings.EqualFold(key, "message") || strings.EqualFold(key, "reason")) {
				meaning = strings.Trim(strings.TrimSpace(v), `"',`)
			}
		}
		if found {
			r.namedEntry(c, sec.kind, meaning, b.line)
			return
		}
	}
	if g, ok := textGrid(b.lines, b.at); ok && sec.kind != kindNone && tableLike(b.lines) {
		r.listing++
		g.what = "ASCII table in a code block"
		r.table(g, sec.kind, "the heading", nil)
		return
	}
	if r.codeLines(b, sec) {
		return
	}
	v, ok := looseJSON(b.text)
	if !ok {
		return
	}
	intro := sensesOf(r.prevText)
	switch {
	case sec.server || introduces5xx(intro):
		r.serverBody(v, b.line)
	case sec.kind == kindErrors || introducesError(intro):
		r.body(v, b.line, sec, fmt.Sprintf("a %s block", orDefault(b.lang, "code")), b.inItem)
	default:
		if b.lang == "" || strings.Contains(b.lang, "json") {
			r.note(b.line, "code block skipped: an example outside an error section")
		}
	}
}

// codeLines reads a code block in a code section whose lines are entries
// ("10000 : Unknown event", "404 Not Found"), as some pages list their
// codes. Most of its lines must be entries; it reports whether it read the
// block.
func (r *reader) codeLines(b *block, sec section) bool {
	k := sec.kind
	if k == kindNone || k == kindOther {
		return false
	}
	type entry struct {
		c          codeVal
		name, text string
		line       int
	}
	var entries []entry
	full := 0
	for i, l := range b.lines {
		l = clean(l)
		if l == "" {
			continue
		}
		full++
		if k == kindHTTP {
			if code, name, ok := bareStatus(l); ok {
				entries = append(entries, entry{c: codeVal{n: number{v: code}}, name: name, line: b.at[i]})
			}
			continue
		}
		if c, name, ok := codeHeading(l, k); ok && c.str == "" && !c.n.big && bareEntry(l, c, name) {
			entries = append(entries, entry{c: c, text: name, line: b.at[i]})
		}
	}
	if len(entries) < 2 || 3*len(entries) < 2*full {
		return false
	}
	r.listing++
	for _, e := range entries {
		switch {
		case k == kindHTTP:
			r.addStatus(e.c.n.v, e.name, "", e.line)
		case k == kindErrors || e.c.ranged:
			r.add(k, e.c, "", e.text, "", "", 0, sec.scope, e.line)
		default:
			r.add(k, e.c, e.text, "", "", "", 0, sec.scope, e.line)
		}
	}
	r.note(b.line, "code block: %d %s, one a line", len(entries), k.plural())
	return true
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// body reads an error body. One under a code's own heading or inside a
// list entry is that code's example: it is the shape only when the page
// gives no general one.
func (r *reader) body(v *jsonValue, line int, sec section, how string, inItem bool) {
	s, ok := bodyShape(v)
	if !ok && sec.general {
		s, ok = catalog.Shape{Fields: v.keys}, true // "## Error body": its fields, whatever they are called
	}
	if !ok {
		r.note(line, "body skipped (%s): no code or message field", how)
		return
	}
	s.Pos = r.pos(line)
	slot := 0
	if sec.entry || inItem {
		slot = 1 // one error's example
	}
	if r.shapes[slot].ok {
		r.note(line, "body %s skipped: the error body is documented at line %d", s, r.shapes[slot].shape.Pos.Line)
		return
	}
	r.shapes[slot] = shapeFound{s, true}
	if slot == 1 {
		r.note(line, "body %s (%s): one error's example, the shape unless a general one is given", s, how)
	} else {
		r.note(line, "body %s (%s): the error body; code field %q, message field %q", s, how, s.Code, s.Message)
	}
}

func (r *reader) serverBody(v *jsonValue, line int) {
	s, ok := bodyShape(v)
	if !ok {
		s = catalog.Shape{Fields: v.keys}
	}
	s.Pos = r.pos(line)
	if r.shapes[2].ok {
		return
	}
	r.shapes[2] = shapeFound{s, true}
	r.note(line, "body %s: the 5xx body", s)
}

// finish settles what needs the whole document: the body shapes, and
// scopes, which are kept only where a kind has several.
func (r *reader) finish() {
	if r.shapes[0].ok {
		r.cat.ErrorShape = r.shapes[0].shape
	} else if r.shapes[1].ok {
		r.cat.ErrorShape = r.shapes[1].shape
	}
	if r.shapes[2].ok {
		r.cat.ServerErrorShape = r.shapes[2].shape
	}
	clearScopes(r.cat.ErrorCodes, r.givenScopes, func(e *catalog.ErrorCode) *string { return &e.Scope })
	clearScopes(r.cat.CloseCodes, r.givenScopes, func(e *catalog.CloseCode) *string { return &e.Scope })
	clearScopes(r.cat.CloseRanges, r.givenScopes, func(e *catalog.CloseRange) *string { return &e.Scope })
	clearScopes(r.cat.Opcodes, r.givenScopes, func(e *catalog.Opcode) *string { return &e.Scope })
}

// clearScopes drops the scope of a kind whose entries all have one, unless
// a statuslint comment named it.
func clearScopes[E any](s []E, named map[string]bool, scope func(*E) *string) {
	if len(s) == 0 {
		return
	}
	first := *scope(&s[0])
	if named[first] {
		return
	}
	for i := range s {
		if *scope(&s[i]) != first {
			return // several scopes: each entry keeps its own
		}
	}
	for i := range s {
		*scope(&s[i]) = ""
	}
}

// addStatus adds an HTTP status and returns the setter of its meaning.
func (r *reader) addStatus(code int, name, meaning string, line int) func(string) {
	name, meaning = clean(name), clean(meaning) // as add tidies them
	key := fmt.Sprint("http ", code)
	if v, ok := r.seen[key]; ok && v[1] != r.listing {
		e := &r.cat.HTTP[v[0]]
		if e.Name == "" {
			e.Name = name
		}
		return nil
	}
	r.cat.HTTP = append(r.cat.HTTP, catalog.HTTPStatus{Code: code, Name: name, Meaning: meaning, Pos: r.pos(line)})
	i := len(r.cat.HTTP) - 1
	r.seen[key] = [2]int{i, r.listing}
	return func(m string) { r.cat.HTTP[i].Meaning = clean(m) }
}

// add adds one entry of kind k and returns the setter of its meaning. A
// code that another listing of the same document gave already (RFC 6455
// lists its close codes twice) fills in what the first left empty; within
// one listing it is added again, for validate to report.
func (r *reader) add(k kind, c codeVal, name, meaning, action, dir string, status int, scope string, line int) func(string) {
	// Every layout's text is tidied here, as the YAML and JSON reader
	// tidies its fields, so that a catalog reads back from its JSON as it is.
	name, meaning, action = clean(name), clean(meaning), clean(action)
	at := r.pos(line)
	if k == kindHTTP {
		if c.class != "" {
			from := int(c.class[0]-'0') * 100
			r.cat.HTTPRanges = append(r.cat.HTTPRanges, catalog.HTTPRange{Class: c.class, From: from, To: from + 99, Meaning: meaning, Pos: at})
			i := len(r.cat.HTTPRanges) - 1
			return func(m string) { r.cat.HTTPRanges[i].Meaning = clean(m) }
		}
		return r.addStatus(c.n.v, name, meaning, line)
	}
	if k == kindClose && c.ranged {
		r.cat.CloseRanges = append(r.cat.CloseRanges, catalog.CloseRange{From: c.n.v, To: c.to, Meaning: meaning, Scope: scope, Pos: at})
		i := len(r.cat.CloseRanges) - 1
		return func(m string) { r.cat.CloseRanges[i].Meaning = clean(m) }
	}
	key := fmt.Sprintf("%d %t %s %s", k, c.str != "", c.code(), scope)
	if v, ok := r.seen[key]; ok && v[1] != r.listing {
		fill := func(dst *string, src string) {
			if *dst == "" {
				*dst = src
			}
		}
		switch k {
		case kindErrors:
			e := &r.cat.ErrorCodes[v[0]]
			fill(&e.Meaning, meaning)
			if e.Status == 0 {
				e.Status = status
			}
		case kindClose:
			e := &r.cat.CloseCodes[v[0]]
			fill(&e.Name, name)
			fill(&e.Meaning, meaning)
			fill(&e.Action, action)
		case kindOpcodes:
			e := &r.cat.Opcodes[v[0]]
			fill(&e.Name, name)
			fill(&e.Meaning, meaning)
			fill(&e.Direction, dir)
		}
		return nil
	}
	var set func(string)
	var i int
	switch k {
	case kindErrors:
		if meaning == "" {
			meaning = name
		}
		r.cat.ErrorCodes = append(r.cat.ErrorCodes, catalog.ErrorCode{Code: c.code(), Meaning: meaning, Status: status, Scope: scope, Pos: at})
		i = len(r.cat.ErrorCodes) - 1
		set = func(m string) { r.cat.ErrorCodes[i].Meaning = clean(m) }
	case kindClose:
		r.cat.CloseCodes = append(r.cat.CloseCodes, catalog.CloseCode{Code: c.n.v, Name: name, Action: action, Meaning: meaning, Scope: scope, Pos: at})
		i = len(r.cat.CloseCodes) - 1
		set = func(m string) { r.cat.CloseCodes[i].Meaning = clean(m) }
	case kindOpcodes:
		r.cat.Opcodes = append(r.cat.Opcodes, catalog.Opcode{Code: c.n.v, Name: name, Direction: dir, Meaning: meaning, Scope: scope, Pos: at})
		i = len(r.cat.Opcodes) - 1
		set = func(m string) { r.cat.Opcodes[i].Meaning = clean(m) }
	default:
		return nil
	}
	r.seen[key] = [2]int{i, r.listing}
	return set
}
