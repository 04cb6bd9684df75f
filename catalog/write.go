package catalog

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"go/token"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// WriteJSON writes the catalog in the schema of `statuslint catalog -json`,
// indented by two spaces. Empty sections are written as [], never null.
func (c *Catalog) WriteJSON(w io.Writer) error {
	out := struct {
		Sources          []string     `json:"sources"`
		HTTP             []HTTPStatus `json:"http"`
		HTTPRanges       []HTTPRange  `json:"http_ranges"`
		ErrorCodes       []ErrorCode  `json:"error_codes"`
		CloseCodes       []CloseCode  `json:"close_codes"`
		CloseRanges      []CloseRange `json:"close_ranges"`
		Opcodes          []Opcode     `json:"opcodes"`
		ErrorShape       any          `json:"error_shape"`
		ServerErrorShape any          `json:"server_error_shape"`
		// Operations appear only for a document that has them (OpenAPI).
		Operations []Operation `json:"operations,omitempty"`
	}{
		nonNil(c.Sources), nonNil(c.HTTP), nonNil(c.HTTPRanges), nonNil(c.ErrorCodes),
		nonNil(c.CloseCodes), nonNil(c.CloseRanges), nonNil(c.Opcodes), shapeOut(c.ErrorShape), shapeOut(c.ServerErrorShape),
		c.Operations,
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// shapeOut is how a shape is written: as the older plain list of fields
// when the list says all there is (its code field, if any, is "code", its
// message field, if any, "message", and it is not nested), so that readers
// of the first schema keep working; as an object otherwise.
func shapeOut(s Shape) any {
	if !s.Documented() {
		return []string{}
	}
	code, message := "", ""
	if s.Has("code") {
		code = "code"
	}
	if s.Has("message") {
		message = "message"
	}
	if s.Code == code && s.Message == message && s.Path == "" {
		return s.Fields
	}
	return s
}

func nonNil[E any](s []E) []E {
	if s == nil {
		return []E{}
	}
	return s
}

// WriteMarkdown writes the catalog as a Markdown page that Parse reads back
// to the same catalog (positions and sources aside): one table per section
// and scope, and the body shapes as JSON code blocks.
func (c *Catalog) WriteMarkdown(w io.Writer) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# API catalog\n")
	if len(c.Sources) > 0 {
		fmt.Fprintf(b, "\nThis page was written by statuslint from %s.\n", mdEscape(c.Describe()))
	}
	if c.HasHTTP() {
		fmt.Fprintf(b, "\n## HTTP statuses\n\n| code | name | meaning |\n| --- | --- | --- |\n")
		// Classes go after the statuses they cover, so the table reads in order.
		ri := 0
		for i := 0; i <= len(c.HTTP); i++ {
			for ri < len(c.HTTPRanges) && (i == len(c.HTTP) || c.HTTPRanges[ri].To < c.HTTP[i].Code) {
				r := c.HTTPRanges[ri]
				fmt.Fprintf(b, "| %s |  | %s |\n", r.Class, mdEscape(r.Meaning))
				ri++
			}
			if i < len(c.HTTP) {
				e := c.HTTP[i]
				fmt.Fprintf(b, "| %d | %s | %s |\n", e.Code, mdEscape(e.Name), mdEscape(e.Meaning))
			}
		}
	}
	for _, scope := range scopesOf(c.ErrorCodes, func(e ErrorCode) string { return e.Scope }) {
		// Integer and string codes go in tables of their own: beside
		// integers, a word is not read as a code.
		for _, strs := range []bool{false, true} {
			n := 0
			for _, e := range c.ErrorCodes {
				if e.Scope != scope || e.Code.IsString() != strs {
					continue
				}
				if n == 0 {
					scopeComment(b, "error-codes", scope)
					fmt.Fprintf(b, "\n## JSON error codes\n\n| code | HTTP status | meaning |\n| --- | --- | --- |\n")
				}
				n++
				status := ""
				if e.Status != 0 {
					status = fmt.Sprint(e.Status)
				}
				fmt.Fprintf(b, "| %s | %s | %s |\n", mdEscape(e.Code.String()), status, mdEscape(e.Meaning))
			}
		}
	}
	if c.ErrorShape.Documented() {
		fmt.Fprintf(b, "\n## Error body\n\n```json\n%s\n```\n", shapeJSON(c.ErrorShape))
	}
	if c.ServerErrorShape.Documented() {
		fmt.Fprintf(b, "\n## 5xx body\n\n```json\n%s\n```\n", shapeJSON(c.ServerErrorShape))
	}
	for _, scope := range scopesOf(c.CloseCodes, func(e CloseCode) string { return e.Scope }) {
		scopeComment(b, "close-codes", scope)
		fmt.Fprintf(b, "\n## Close codes\n\n| code | name | action | meaning |\n| --- | --- | --- | --- |\n")
		for _, e := range c.CloseCodes {
			if e.Scope == scope {
				fmt.Fprintf(b, "| %d | %s | %s | %s |\n", e.Code, mdEscape(e.Name), mdEscape(e.Action), mdEscape(e.Meaning))
			}
		}
	}
	for _, scope := range scopesOf(c.CloseRanges, func(e CloseRange) string { return e.Scope }) {
		scopeComment(b, "close-codes", scope)
		fmt.Fprintf(b, "\n## Close-code ranges\n\n| code | meaning |\n| --- | --- |\n")
		for _, e := range c.CloseRanges {
			if e.Scope == scope {
				fmt.Fprintf(b, "| %d-%d | %s |\n", e.From, e.To, mdEscape(e.Meaning))
			}
		}
	}
	for _, scope := range scopesOf(c.Opcodes, func(e Opcode) string { return e.Scope }) {
		scopeComment(b, "opcodes", scope)
		fmt.Fprintf(b, "\n## Opcodes\n\n| code | name | direction | meaning |\n| --- | --- | --- | --- |\n")
		for _, e := range c.Opcodes {
			if e.Scope == scope {
				fmt.Fprintf(b, "| %d | %s | %s | %s |\n", e.Code, mdEscape(e.Name), mdEscape(e.Direction), mdEscape(e.Meaning))
			}
		}
	}
	return b.Flush()
}

// scopesOf lists the scopes of a section in order of first appearance.
func scopesOf[E any](s []E, scope func(E) string) []string {
	var out []string
	for _, e := range s {
		if sc := scope(e); !slices.Contains(out, sc) {
			out = append(out, sc)
		}
	}
	return out
}

// scopeComment writes the statuslint comment that gives the next heading
// its scope.
func scopeComment(b *bufio.Writer, what, scope string) {
	if scope == "" {
		// The kind alone: the heading's words and the table's cells say it
		// too, but cells can mislead (an error code 404 "Found" reads as a
		// status), and what the writer wrote must read back as it is.
		fmt.Fprintf(b, "\n<!-- statuslint: %s -->\n", what)
		return
	}
	if strings.ContainsAny(scope, " \"") {
		scope = strconv.Quote(scope)
	}
	fmt.Fprintf(b, "\n<!-- statuslint: %s scope=%s -->\n", what, scope)
}

// mdEscape escapes the characters that would be Markdown inside a table
// cell; the reader unescapes them.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range Tidy(s) {
		if strings.ContainsRune("\\`*_[]<>&|!~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shapeJSON writes an object with the shape's fields, nested at its path:
// the code field's value says "<error code>", the message field's "<error
// message>", others "<value>", so that the reader finds them by meaning.
func shapeJSON(s Shape) string {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range s.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jsonString(f))
		switch f {
		case s.Code:
			b.WriteString(`: "<error code>"`)
		case s.Message:
			b.WriteString(`: "<error message>"`)
		default:
			b.WriteString(`: "<value>"`)
		}
	}
	b.WriteByte('}')
	obj := b.String()
	if s.Path == "" {
		return obj
	}
	parts := strings.Split(s.Path, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		name, arr := strings.CutSuffix(p, "[]")
		if arr {
			obj = "[" + obj + "]"
		}
		obj = "{" + jsonString(name) + ": " + obj + "}"
	}
	return obj
}

// jsonString writes s as a JSON string, without escaping HTML.
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// WriteGo writes Go source declaring a constant for every documented code,
// formatted by gofmt, in package pkg: StatusXxx for HTTP statuses (named
// from the document's reason phrase, or the registry's), ErrXxx for error
// codes (from their meaning), CloseXxx for close codes and OpXxx for opcodes
// (from their names). Names are made valid and unique: a name already taken
// gets its code appended. Status classes have no constant.
func (c *Catalog) WriteGo(w io.Writer, pkg string) error {
	if !token.IsIdentifier(pkg) {
		return fmt.Errorf("%q is not a valid Go package name", pkg)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by statuslint catalog; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "// Package %s holds the codes documented in %s.\n", pkg, goComment(c.Describe()))
	fmt.Fprintf(&b, "package %s\n", pkg)
	used := map[string]bool{}
	group := func(title string, n int, at func(i int) (prefix, text, fallback string, code any, meaning string)) {
		if n == 0 {
			return
		}
		fmt.Fprintf(&b, "\n// %s.\nconst (\n", title)
		for i := range n {
			prefix, text, fallback, code, meaning := at(i)
			name := goName(prefix, text)
			if name == prefix {
				name = goName(prefix, fallback)
			}
			if name == prefix || used[name] {
				name += goSuffix(code)
			}
			for used[name] {
				name += "_"
			}
			used[name] = true
			lit := fmt.Sprint(code)
			if s, ok := code.(string); ok {
				lit = strconv.Quote(s)
			}
			if m := goComment(meaning); m != "" {
				fmt.Fprintf(&b, "\t%s = %s // %s\n", name, lit, m)
			} else {
				fmt.Fprintf(&b, "\t%s = %s\n", name, lit)
			}
		}
		fmt.Fprintf(&b, ")\n")
	}
	group("HTTP statuses", len(c.HTTP), func(i int) (string, string, string, any, string) {
		e := c.HTTP[i]
		return "Status", e.Name, StatusText(e.Code), e.Code, e.Meaning
	})
	group("JSON error codes", len(c.ErrorCodes), func(i int) (string, string, string, any, string) {
		e := c.ErrorCodes[i]
		text := e.Meaning
		if e.Code.IsString() {
			text = e.Code.String() // M_FORBIDDEN names itself: ErrMForbidden
		}
		if n, ok := e.Code.Int(); ok {
			return "Err", text, "", n, ""
		}
		return "Err", text, "", e.Code.String(), e.Meaning
	})
	group("WebSocket close codes", len(c.CloseCodes), func(i int) (string, string, string, any, string) {
		e := c.CloseCodes[i]
		return "Close", e.Name, e.Meaning, e.Code, e.Meaning
	})
	group("Gateway opcodes", len(c.Opcodes), func(i int) (string, string, string, any, string) {
		e := c.Opcodes[i]
		return "Op", e.Name, "", e.Code, e.Meaning
	})
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("formatting generated Go: %v", err)
	}
	_, err = w.Write(src)
	return err
}

// goSuffix makes a code into the end of a Go name: 4000, or _1000 for -1000,
// or _M_FORBIDDEN.
func goSuffix(code any) string {
	s := fmt.Sprint(code)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// initialisms are written in capitals in Go names.
var initialisms = map[string]bool{
	"ok": true, "id": true, "ip": true, "api": true, "http": true, "json": true, "url": true,
	"uri": true, "mfa": true, "tls": true, "ssl": true, "html": true, "xml": true, "jwt": true,
	"dns": true, "tcp": true, "udp": true, "uuid": true, "ttl": true,
}

// goName makes prefix+CamelCase(text), from at most six of text's words.
func goName(prefix, text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 6 {
		words = words[:6]
	}
	var b strings.Builder
	b.WriteString(prefix)
	for _, w := range words {
		lw := strings.ToLower(w)
		if initialisms[lw] {
			b.WriteString(strings.ToUpper(lw))
			continue
		}
		rs := []rune(lw)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

// goComment makes text safe in a line comment.
func goComment(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == 0 || r == '\uFEFF' {
			return ' '
		}
		return r
	}, Tidy(s))
}
