package read

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statuslint/statuslint/catalog"
)

// Reading codes out of text: a cell, a heading, a list entry's first words.

// A number read from text; big when it does not fit the ranges any code
// may have.
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
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetterOrDigit(r) || r == '.' && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9' || r == ',' && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9' {
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

// A code read from text.
type codeVal struct {
	n      number
	str    string // a string error code
	class  string // "5xx" for a status class
	to     int    // the end of a range "4000-4999"; ranged is set
	ranged bool
	name   string // "OK" from "200 (OK)"
}

// key is the code as an error code.
func (c codeVal) code() catalog.Code {
	if c.str != "" {
		return catalog.StringCode(c.str)
	}
	return catalog.IntCode(c.n.v)
}

// trimDecoration drops marks around a code: emphasis the inline reader
// left, a footnote mark, a trailing symbol.
func trimDecoration(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == '*' || r == '`' || r == '"' || r == '\'' || unicode.IsSpace(r) || r == '†' || r == '‡' || unicode.Is(unicode.So, r)
	})
}

// parseCode reads one code: "404", "-1", "200 (OK)", "404 Not Found"
// (statuses), "5xx" (a status class), "4000-4999" (a range, close codes
// only), and for error codes a one-word string code ("M_FORBIDDEN").
func parseCode(s string, k kind) (codeVal, bool) { return parseCodeIn(s, k, false) }

// parseCodeIn is parseCode; named says the text stands where the document
// names a code (a column headed "Code"), so that any one word is a string
// code there ("card-declined"), not only one that looks like a code.
func parseCodeIn(s string, k kind, named bool) (codeVal, bool) {
	s = trimDecoration(s)
	var c codeVal
	var rest string
	switch {
	case (k == kindHTTP || k == kindErrors) && isClass(s):
		c.class, rest = string(s[0])+"xx", s[3:]
		if k == kindErrors {
			return codeVal{}, false
		}
	default:
		n, r, ok := leadingInt(s)
		if !ok {
			if k == kindErrors && catalog.ValidStringCode(s) && (named || stringCodeLike(s)) {
				return codeVal{str: s}, true
			}
			return codeVal{}, false
		}
		c.n, rest = n, r
	}
	rest = strings.TrimSpace(rest)
	if k == kindClose && c.class == "" {
		if t, ok := rangeEnd(rest); ok && t.v >= c.n.v {
			c.to, c.ranged = t.v, true
			return c, true
		}
	}
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
	return codeVal{}, false
}

// rangeEnd reads the end of a range after its start: "- 4999", "–4999", "to 4999".
func rangeEnd(rest string) (number, bool) {
	for _, sep := range []string{"-", "–", "—", "to ", ".."} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			n, tail, ok := leadingInt(strings.TrimSpace(r))
			if ok && !n.big && strings.TrimSpace(tail) == "" {
				return n, true
			}
		}
	}
	return number{}, false
}

// stringCodeLike reports whether a word reads as a string code rather than
// a word of text: it has an underscore, or is in capitals ("DENIED").
func stringCodeLike(s string) bool {
	if strings.Contains(s, "_") {
		return true
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// parseCodes reads a cell that may hold several codes: "500, 502, 503",
// "201/202", "200 or 204".
func parseCodes(s string, k kind, named bool) ([]codeVal, bool) {
	s = strings.TrimSpace(s)
	if c, ok := parseCodeIn(s, k, named); ok {
		return []codeVal{c}, true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '&' })
	if len(parts) < 2 {
		if ps := strings.Split(s, " or "); len(ps) >= 2 {
			parts = ps
		} else {
			return nil, false
		}
	}
	var out []codeVal
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		c, ok := parseCodeIn(p, k, named)
		if !ok || c.name != "" && k != kindHTTP {
			return nil, false
		}
		out = append(out, c)
	}
	return out, true
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

// codeHeading reads a heading or a list entry that starts with a code:
// "-1000 UNKNOWN", "4004: Authentication failed", "`M_FORBIDDEN` - Forbidden".
func codeHeading(s string, k kind) (codeVal, string, bool) {
	s = strings.TrimSpace(s)
	if k == kindClose {
		// A range written with spaces: "4000 - 4999: private use".
		if n, tail, ok := leadingInt(s); ok && !n.big {
			head, after, _ := strings.Cut(strings.TrimSpace(tail), ":")
			if to, ok := rangeEnd(strings.TrimSpace(head)); ok && to.v >= n.v && strings.TrimSpace(head) != "" {
				return codeVal{n: n, to: to.v, ranged: true}, strings.TrimSpace(after), true
			}
		}
	}
	first, rest, _ := strings.Cut(s, " ")
	sep := ""
	for _, p := range []string{":", "–", "—"} {
		if strings.HasSuffix(first, p) {
			first, sep = strings.TrimSuffix(first, p), p
		}
	}
	c, ok := parseCode(first, k)
	if !ok || c.name != "" {
		return codeVal{}, "", false
	}
	if c.str != "" && sep == "" && rest != "" && !strings.HasPrefix(strings.TrimSpace(rest), "-") && !strings.HasPrefix(strings.TrimSpace(rest), ":") {
		return codeVal{}, "", false // "UNKNOWN error here": a sentence, not an entry
	}
	name := strings.TrimSpace(rest)
	if n, ok := reasonAfter(name); ok {
		name = n
	}
	return c, name, true
}

// reasonAfter reads what follows a code: ": Not Found", "- Not Found",
// "(Not Found)" or " Not Found" (rest already trimmed).
func reasonAfter(rest string) (string, bool) {
	switch {
	case strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")"):
		return strings.TrimSpace(rest[1 : len(rest)-1]), true
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, "="):
		return strings.TrimSpace(rest[1:]), true
	case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"):
		return strings.TrimSpace(rest[len("–"):]), true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if isLetterOrDigit(r) || r == '`' {
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
	if !ok || !catalog.ValidStatus(code) || name == "" {
		return 0, "", false
	}
	if catalog.Fold(name) == catalog.Fold(catalog.StatusText(code)) {
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

// sharesReason reports whether a name given to a status shares a word with
// the registry's reason phrase ("Remote service unavailable" and "Service
// Unavailable"), so that a heading "503 - Remote service unavailable" is a
// status wherever it stands.
func sharesReason(code int, name string) bool {
	reg := strings.Fields(catalog.Fold(catalog.StatusText(code)))
	if len(reg) == 0 {
		return false
	}
	for _, w := range strings.Fields(catalog.Fold(name)) {
		if smallWords[w] {
			continue
		}
		for _, x := range reg {
			if w == x {
				return true
			}
		}
	}
	return false
}

// smallWords may be lower-case inside a reason phrase.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "of": true, "for": true, "to": true, "the": true,
	"not": true, "too": true, "in": true, "on": true, "by": true, "with": true, "is": true, "at": true,
}

// parseDirection reads an opcode's direction: a word or phrase of the
// directions table, or an arrow from the sender ("client → server").
func parseDirection(s string) (string, bool) {
	for _, both := range []string{"↔", "<->", "⇄", "⇆"} {
		if l, r, ok := strings.Cut(s, both); ok && catalog.Fold(l) != "" && catalog.Fold(r) != "" {
			return catalog.DirBoth, true
		}
	}
	for _, arrow := range []string{"→", "->", "=>", "⇒"} {
		if l, r, ok := strings.Cut(s, arrow); ok {
			from, to := directions[catalog.Fold(l)], directions[catalog.Fold(r)]
			if from != "" && from != catalog.DirBoth && to != "" && to != from {
				return from, true
			}
			return "", false
		}
	}
	f := catalog.Fold(s)
	if f == "" {
		return "", true
	}
	d, ok := directions[f]
	return d, ok
}

// isLabel reports whether a line is a label such as "Description:" or
// "Example Response:" rather than text.
func isLabel(line string) bool {
	return strings.HasSuffix(line, ":") && len(strings.Fields(line)) <= 4
}

func hasWord(s string, ws ...string) bool {
	for _, w := range strings.Fields(catalog.Fold(s)) {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

// clean is catalog.Tidy: text as a catalog keeps it.
func clean(s string) string { return catalog.Tidy(s) }

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func errorf(p catalog.Pos, format string, args ...any) *catalog.Error {
	return &catalog.Error{File: p.File, Line: p.Line, Msg: fmt.Sprintf(format, args...)}
}
