package read

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/statuslint/statuslint/catalog"
)

// Body shapes. The example of an error body in a document is read for its
// shape whatever its fence says and even when it is not strict JSON: keys
// may be unquoted, values may be placeholders ("<error code>", ...), and
// trailing commas and comments are common. looseJSON reads that much.

// A jsonValue is what looseJSON reads: an object (keys and values in order),
// an array, or a scalar as written.
type jsonValue struct {
	keys   []string
	vals   []*jsonValue
	elems  []*jsonValue
	scalar string
	quoted bool
	object bool
	array  bool
}

type looseParser struct {
	s   string
	i   int
	bad bool
}

// looseJSON reads the first JSON-like object of s, which must start it (after
// space). It reports false when s does not start with an object of at least
// one key.
func looseJSON(s string) (*jsonValue, bool) {
	p := &looseParser{s: s}
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '{' {
		return nil, false
	}
	v := p.value(0)
	if v == nil || !v.object || len(v.keys) == 0 {
		return nil, false
	}
	return v, true
}

func (p *looseParser) space() {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.i++
		case c == '/' && p.i+1 < len(p.s) && p.s[p.i+1] == '/', c == '#':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

func (p *looseParser) value(depth int) *jsonValue {
	p.space()
	if p.i >= len(p.s) || depth > 20 {
		p.bad = true
		return nil
	}
	switch c := p.s[p.i]; c {
	case '{':
		p.i++
		v := &jsonValue{object: true}
		for !p.bad {
			p.space()
			if p.i >= len(p.s) {
				return v
			}
			if p.s[p.i] == '}' {
				p.i++
				return v
			}
			if p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.ellipsis() {
				continue
			}
			k := p.key()
			if k == "" {
				p.bad = true
				return v
			}
			p.space()
			if p.i < len(p.s) && (p.s[p.i] == ':' || p.s[p.i] == '=') {
				p.i++
			} else {
				p.bad = true
				return v
			}
			val := p.value(depth + 1)
			if val == nil {
				return v
			}
			v.keys, v.vals = append(v.keys, clean(k)), append(v.vals, val)
		}
		return v
	case '[':
		p.i++
		v := &jsonValue{array: true}
		for !p.bad {
			p.space()
			if p.i >= len(p.s) {
				return v
			}
			if p.s[p.i] == ']' {
				p.i++
				return v
			}
			if p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.ellipsis() {
				continue
			}
			e := p.value(depth + 1)
			if e == nil {
				return v
			}
			v.elems = append(v.elems, e)
		}
		return v
	case '"', '\'':
		return &jsonValue{scalar: p.str(c), quoted: true}
	}
	start := p.i
	for p.i < len(p.s) && !strings.ContainsRune(",}]\n", rune(p.s[p.i])) {
		p.i++
	}
	return &jsonValue{scalar: strings.TrimSpace(p.s[start:p.i])}
}

// ellipsis skips "..." or "…", which stand for more entries.
func (p *looseParser) ellipsis() bool {
	switch {
	case strings.HasPrefix(p.s[p.i:], "..."):
		p.i += 3
	case strings.HasPrefix(p.s[p.i:], "…"):
		p.i += len("…")
	default:
		return false
	}
	return true
}

func (p *looseParser) key() string {
	if c := p.s[p.i]; c == '"' || c == '\'' {
		return p.str(c)
	}
	start := p.i
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if !(isLetterOrDigit(r) || r == '_' || r == '-' || r == '$') {
			break
		}
		p.i += size
	}
	return p.s[start:p.i]
}

func (p *looseParser) str(q byte) string {
	p.i++
	start := p.i
	var b strings.Builder
	escaped := false
	for p.i < len(p.s) && p.s[p.i] != q {
		if p.s[p.i] == '\\' && p.i+1 < len(p.s) {
			p.i++
			escaped = true
		}
		if p.s[p.i] == '\n' {
			p.bad = true
			return b.String()
		}
		b.WriteByte(p.s[p.i])
		p.i++
	}
	raw := p.s[start:min(p.i, len(p.s))]
	p.i++
	if escaped && q == '"' {
		var v string
		if json.Unmarshal([]byte(`"`+raw+`"`), &v) == nil {
			return v // "\u0026" and the like, as JSON means them
		}
	}
	return b.String()
}

// bodyShape finds the error object in a body and names its code and message
// fields by meaning: by their names ("errcode", "msg"), by placeholders
// ("<error code>"), or, for a field named "error" holding a code-like value
// ("invalid_grant") beside a text field, by the value. The error object is
// the body itself, or the object under the one key that holds it
// ({"error": {...}}, {"errors": [{...}]}).
func bodyShape(v *jsonValue) (catalog.Shape, bool) {
	obj, path := errorObject(v, "", 0)
	if obj == nil && placeholderSays(v, wFieldCode|wFieldText) {
		obj = v // {"text": "<error message>"}: the placeholders say it
	}
	if obj == nil {
		return catalog.Shape{}, false
	}
	s := catalog.Shape{Path: path}
	seen := map[string]bool{}
	for _, k := range obj.keys {
		if !seen[k] {
			seen[k] = true
			s.Fields = append(s.Fields, k)
		}
	}
	// By placeholder first: "<error code>", "<message describing condition>".
	// A field whose value is a placeholder saying something else
	// ("<unstructured>") is not named for its name.
	isPlaceholder := func(v *jsonValue) bool {
		return v.quoted && strings.HasPrefix(v.scalar, "<") && strings.HasSuffix(v.scalar, ">")
	}
	for i, k := range obj.keys {
		if !isPlaceholder(obj.vals[i]) {
			continue
		}
		ph := sensesOf(obj.vals[i].scalar)
		switch {
		case s.Code == "" && ph&wFieldCode != 0:
			s.Code = k
		case s.Message == "" && ph&wFieldText != 0:
			s.Message = k
		}
	}
	byName := func(names []string, dst *string, other string) {
		for _, want := range names {
			for i, k := range obj.keys {
				if *dst == "" && fieldName(k) == want && k != other && !isPlaceholder(obj.vals[i]) {
					*dst = k
				}
			}
		}
	}
	byName(codeFieldNames, &s.Code, s.Message)
	byName(messageFieldNames, &s.Message, s.Code)
	if s.Code == "" && s.Message != "" && fieldName(s.Message) == "error" {
		// {"error": "invalid_grant", "error_description": "..."}: the error
		// field holds a code when its value looks like one and another
		// field holds the text.
		i := indexOf(obj.keys, s.Message)
		if val := obj.vals[i]; val.quoted && looksLikeCode(val.scalar) {
			for _, want := range messageFieldNames {
				for _, k := range obj.keys {
					if k != s.Message && s.Code == "" && fieldName(k) == want {
						s.Code, s.Message = s.Message, k
					}
				}
			}
		}
	}
	if s.Path != "" && s.Code == "" && s.Message == "" {
		// A nested object whose fields are named for neither: the path
		// says where a code or message is, and there is none.
		return catalog.Shape{}, false
	}
	s.Fields = codeFirst(s.Fields, s.Code)
	return s, true
}

func indexOf(keys []string, k string) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	return -1
}

// placeholderSays reports whether a value of the object is a placeholder
// ("<error code>") whose words have one of the senses.
func placeholderSays(v *jsonValue, s sense) bool {
	for _, val := range v.vals {
		if val.quoted && strings.HasPrefix(val.scalar, "<") && sensesOf(val.scalar)&s != 0 {
			return true
		}
	}
	return false
}

// fieldName folds a field name for comparison: "error_code", "errorCode"
// and "Error-Code" are all "errorcode".
func fieldName(k string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToLower(k))
}

// looksLikeCode reports whether a value reads as a code rather than text:
// one word with an underscore or in capitals ("invalid_grant", "DENIED").
func looksLikeCode(s string) bool {
	return catalog.ValidStringCode(s) && (strings.Contains(s, "_") || strings.ToUpper(s) == s && len(s) > 1)
}

func isErrorField(k string) bool {
	f := fieldName(k)
	for _, n := range codeFieldNames {
		if f == n {
			return true
		}
	}
	for _, n := range messageFieldNames {
		if f == n {
			return true
		}
	}
	return false
}

func errorObject(v *jsonValue, path string, depth int) (*jsonValue, string) {
	if depth > catalog.MaxPathDepth || !v.object {
		return nil, ""
	}
	nested := false
	for i, k := range v.keys {
		// {"error": {...}} names the field "error" but nests the object.
		if val := v.vals[i]; isErrorField(k) && (val.object || val.array && len(val.elems) > 0 && val.elems[0].object) {
			nested = true
		}
	}
	for _, k := range v.keys {
		if isErrorField(k) && !nested {
			return v, path
		}
	}
	if !nested && placeholderSays(v, wFieldCode|wFieldText) {
		return v, path // {"data": {"id": "<error code>"}}: the placeholders say it
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	for i, k := range v.keys {
		val := v.vals[i]
		switch {
		case val.object:
			if o, p := errorObject(val, join(k), depth+1); o != nil {
				return o, p
			}
		case val.array && len(val.elems) > 0 && val.elems[0].object:
			if o, p := errorObject(val.elems[0], join(k)+"[]", depth+1); o != nil {
				return o, p
			}
		}
	}
	return nil, ""
}

// codeFirst moves the code field to the front, keeping the others' order.
func codeFirst(keys []string, code string) []string {
	if code == "" {
		return keys
	}
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k == code {
			out = append(out, k)
		}
	}
	for _, k := range keys {
		if k != code {
			out = append(out, k)
		}
	}
	return out
}

// inlineBody finds a body written inline in prose: `{"code": 7, "message": "x"}`.
func inlineBody(text string) (*jsonValue, bool) {
	for i := strings.IndexByte(text, '{'); i >= 0; {
		if v, ok := looseJSON(text[i:]); ok && len(v.keys) >= 2 {
			for _, k := range v.keys {
				if isErrorField(k) {
					return v, true
				}
			}
		}
		j := strings.IndexByte(text[i+1:], '{')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil, false
}
