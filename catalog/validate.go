package catalog

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Ranges a document may give its codes.
const (
	maxCode      = 1<<31 - 1 // integer error codes and opcodes fit an int32
	minCode      = -1 << 31
	minCloseCode = 1000
	maxCloseCode = 4999
)

func byPos(a, b Pos) int {
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
}

// Sort sorts every section by code, then by scope, then by place in the
// document, as a catalog keeps its entries.
func (c *Catalog) Sort() {
	slices.SortStableFunc(c.HTTP, func(a, b HTTPStatus) int { return cmp.Or(cmp.Compare(a.Code, b.Code), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.HTTPRanges, func(a, b HTTPRange) int { return cmp.Or(cmp.Compare(a.From, b.From), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.ErrorCodes, func(a, b ErrorCode) int {
		return cmp.Or(compareCodes(a.Code, b.Code), strings.Compare(a.Scope, b.Scope), byPos(a.Pos, b.Pos))
	})
	slices.SortStableFunc(c.CloseCodes, func(a, b CloseCode) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), strings.Compare(a.Scope, b.Scope), byPos(a.Pos, b.Pos))
	})
	slices.SortStableFunc(c.CloseRanges, func(a, b CloseRange) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), strings.Compare(a.Scope, b.Scope), byPos(a.Pos, b.Pos))
	})
	slices.SortStableFunc(c.Opcodes, func(a, b Opcode) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), strings.Compare(a.Scope, b.Scope), byPos(a.Pos, b.Pos))
	})
	slices.SortStableFunc(c.Operations, compareOperations)
}

// inScope names a code with its scope for messages: "close code 4000 (voice)".
func inScope(what, scope string) string {
	if scope == "" {
		return what
	}
	return what + " (" + scope + ")"
}

// Validate checks a catalog sorted by Sort: every code in range for its
// section, no code twice in one scope, known directions and well-formed
// classes, ranges and shapes. It returns the first problem in document
// order, as an *Error.
func (c *Catalog) Validate() error {
	var errs []*Error
	bad := func(p Pos, format string, args ...any) { errs = append(errs, errorf(p, format, args...)) }
	dup := func(p, first Pos, what string) {
		bad(p, "duplicate %s (first at %s)", what, first)
	}
	for i, e := range c.HTTP {
		if !ValidStatus(e.Code) {
			bad(e.Pos, "status %d is out of range (100 to 599)", e.Code)
		}
		if i > 0 && c.HTTP[i-1].Code == e.Code {
			dup(e.Pos, c.HTTP[i-1].Pos, fmt.Sprintf("status %d", e.Code))
		}
	}
	for i, e := range c.HTTPRanges {
		switch {
		case len(e.Class) != 3 || e.Class[1:] != "xx" || e.Class[0] < '1' || e.Class[0] > '9':
			bad(e.Pos, "status class %q is not of the form 5xx", e.Class)
		case e.Class[0] > '5':
			bad(e.Pos, "status class %s is out of range (1xx to 5xx)", e.Class)
		case e.From != int(e.Class[0]-'0')*100 || e.To != e.From+99:
			bad(e.Pos, "status class %s must run from %d00 to %d99, not %d to %d", e.Class, e.Class[0]-'0', e.Class[0]-'0', e.From, e.To)
		}
		if i > 0 && c.HTTPRanges[i-1].Class == e.Class {
			dup(e.Pos, c.HTTPRanges[i-1].Pos, "status class "+e.Class)
		}
	}
	for i, e := range c.ErrorCodes {
		if n, ok := e.Code.Int(); ok && (n < minCode || n > maxCode) {
			bad(e.Pos, "error code %d is out of range (%d to %d)", n, minCode, maxCode)
		}
		if s := e.Code.String(); e.Code.IsString() && !ValidStringCode(s) {
			bad(e.Pos, "error code %q is not a code: want letters, digits and _ . : - only", s)
		}
		if e.Status != 0 && !ValidStatus(e.Status) {
			bad(e.Pos, "error code %s has status %d, out of range (100 to 599)", e.Code, e.Status)
		}
		if i > 0 && c.ErrorCodes[i-1].Code == e.Code && c.ErrorCodes[i-1].Scope == e.Scope {
			dup(e.Pos, c.ErrorCodes[i-1].Pos, inScope("error code "+e.Code.String(), e.Scope))
		}
	}
	for i, e := range c.CloseCodes {
		switch {
		case e.Code < minCloseCode || e.Code > maxCloseCode:
			bad(e.Pos, "close code %d is out of range (%d to %d)", e.Code, minCloseCode, maxCloseCode)
		case CheckCloseCode(e.Code) == CloseInvalid:
			bad(e.Pos, "close code %d is reserved by RFC 6455 (1016 to 2999 are unassigned)", e.Code)
		}
		if i > 0 && c.CloseCodes[i-1].Code == e.Code && c.CloseCodes[i-1].Scope == e.Scope {
			dup(e.Pos, c.CloseCodes[i-1].Pos, inScope(fmt.Sprintf("close code %d", e.Code), e.Scope))
		}
	}
	for i, e := range c.CloseRanges {
		switch {
		case e.From < 0 || e.To > maxCloseCode || e.From > e.To:
			bad(e.Pos, "close-code range %d-%d is out of range (0 to %d, low to high)", e.From, e.To, maxCloseCode)
		}
		if i > 0 && c.CloseRanges[i-1].From == e.From && c.CloseRanges[i-1].To == e.To && c.CloseRanges[i-1].Scope == e.Scope {
			dup(e.Pos, c.CloseRanges[i-1].Pos, inScope(fmt.Sprintf("close-code range %d-%d", e.From, e.To), e.Scope))
		}
	}
	for i, e := range c.Opcodes {
		switch {
		case e.Code < 0:
			bad(e.Pos, "opcode %d is negative", e.Code)
		case e.Code > maxCode:
			bad(e.Pos, "opcode %d is out of range (0 to %d)", e.Code, maxCode)
		}
		switch e.Direction {
		case "", DirBoth, DirClient, DirServer:
		default:
			bad(e.Pos, "opcode %d has direction %q, want %q, %q or %q", e.Code, e.Direction, DirBoth, DirClient, DirServer)
		}
		if i > 0 && c.Opcodes[i-1].Code == e.Code && c.Opcodes[i-1].Scope == e.Scope {
			dup(e.Pos, c.Opcodes[i-1].Pos, inScope(fmt.Sprintf("opcode %d", e.Code), e.Scope))
		}
	}
	checkShape := func(s Shape, what string) {
		seen := map[string]bool{}
		for _, f := range s.Fields {
			switch {
			case f == "":
				bad(s.Pos, "%s has an empty field name", what)
			case seen[f]:
				bad(s.Pos, "%s lists field %q twice", what, f)
			}
			seen[f] = true
		}
		if s.Code != "" && !seen[s.Code] {
			bad(s.Pos, "%s names code field %q, which is not one of its fields", what, s.Code)
		}
		if s.Message != "" && !seen[s.Message] {
			bad(s.Pos, "%s names message field %q, which is not one of its fields", what, s.Message)
		}
		if len(s.Fields) == 0 && (s.Code != "" || s.Message != "" || s.Path != "") {
			bad(s.Pos, "%s has no fields", what)
		}
		if s.Code != "" && s.Code == s.Message {
			bad(s.Pos, "%s names field %q as both its code and its message", what, s.Code)
		}
		if s.Path != "" {
			if err := checkPath(s.Path); err != "" {
				bad(s.Pos, "%s has path %q: %s", what, s.Path, err)
			} else if s.Code == "" && s.Message == "" {
				// The path says where the code and message fields are.
				bad(s.Pos, "%s has path %q but names no code or message field", what, s.Path)
			}
		}
	}
	checkShape(c.ErrorShape, "error body")
	checkShape(c.ServerErrorShape, "5xx body")
	if len(errs) == 0 {
		return nil
	}
	return slices.MinFunc(errs, func(a, b *Error) int { return byPos(Pos{a.File, a.Line}, Pos{b.File, b.Line}) })
}

// MaxPathDepth is how deep a body shape's error object may sit: three
// fields down ("data.errors[].error"), as deep as the readers look for it
// in a document's example.
const MaxPathDepth = 3

// checkPath checks a shape's path: field names, each followed by [] when
// it holds a list, joined by dots, at most MaxPathDepth of them. It
// returns what is wrong, or "".
func checkPath(path string) string {
	parts := strings.Split(path, ".")
	if len(parts) > MaxPathDepth {
		return fmt.Sprintf("deeper than %d fields", MaxPathDepth)
	}
	for _, p := range parts {
		if strings.TrimSuffix(p, "[]") == "" {
			return "want field names joined by dots, each with [] for a list"
		}
	}
	return ""
}

// ValidStringCode reports whether s can be a string error code: one word
// of letters, digits and _ . : - that starts with a letter or _.
func ValidStringCode(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case '0' <= r && r <= '9', r == '.', r == ':', r == '-':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// Merge combines catalogs into one, in order: sources are listed once each,
// entries sorted by code. The same code in the same scope documented alike
// in two catalogs is kept once (a field one of them leaves empty is taken
// from the other); the same code with a different name, meaning, status,
// action or direction is an error naming both places. Each catalog is
// validated first. The inputs are not modified.
func Merge(cats ...*Catalog) (*Catalog, error) {
	out := &Catalog{}
	for _, c := range cats {
		if c == nil {
			continue
		}
		in := c.Clone()
		in.Sort()
		if err := in.Validate(); err != nil {
			return nil, err
		}
		for _, s := range in.Sources {
			if !slices.Contains(out.Sources, s) {
				out.Sources = append(out.Sources, s)
			}
		}
		out.Warnings = append(out.Warnings, in.Warnings...)
		var err error
		if out.HTTP, err = mergeSection(out.HTTP, in.HTTP, mergeHTTP); err != nil {
			return nil, err
		}
		if out.HTTPRanges, err = mergeSection(out.HTTPRanges, in.HTTPRanges, mergeRange); err != nil {
			return nil, err
		}
		if out.ErrorCodes, err = mergeSection(out.ErrorCodes, in.ErrorCodes, mergeError); err != nil {
			return nil, err
		}
		if out.CloseCodes, err = mergeSection(out.CloseCodes, in.CloseCodes, mergeClose); err != nil {
			return nil, err
		}
		if out.CloseRanges, err = mergeSection(out.CloseRanges, in.CloseRanges, mergeCloseRange); err != nil {
			return nil, err
		}
		if out.Opcodes, err = mergeSection(out.Opcodes, in.Opcodes, mergeOpcode); err != nil {
			return nil, err
		}
		if err := mergeShape(&out.ErrorShape, in.ErrorShape, "error body"); err != nil {
			return nil, err
		}
		if err := mergeShape(&out.ServerErrorShape, in.ServerErrorShape, "5xx body"); err != nil {
			return nil, err
		}
		out.Operations = mergeOperations(out.Operations, in.Operations)
	}
	out.Sort()
	return out, nil
}

func (e HTTPStatus) key() string { return fmt.Sprint(e.Code) }
func (e HTTPRange) key() string  { return e.Class }
func (e ErrorCode) key() string  { return fmt.Sprintf("%t %s %s", e.Code.IsString(), e.Code, e.Scope) }
func (e CloseCode) key() string  { return fmt.Sprintf("%d %s", e.Code, e.Scope) }
func (e CloseRange) key() string { return fmt.Sprintf("%d %d %s", e.From, e.To, e.Scope) }
func (e Opcode) key() string     { return fmt.Sprintf("%d %s", e.Code, e.Scope) }

func (e HTTPStatus) pos() Pos { return e.Pos }
func (e HTTPRange) pos() Pos  { return e.Pos }
func (e ErrorCode) pos() Pos  { return e.Pos }
func (e CloseCode) pos() Pos  { return e.Pos }
func (e CloseRange) pos() Pos { return e.Pos }
func (e Opcode) pos() Pos     { return e.Pos }

func (e HTTPStatus) what() string { return fmt.Sprintf("status %d", e.Code) }
func (e HTTPRange) what() string  { return "status class " + e.Class }
func (e ErrorCode) what() string  { return inScope("error code "+e.Code.String(), e.Scope) }
func (e CloseCode) what() string  { return inScope(fmt.Sprintf("close code %d", e.Code), e.Scope) }
func (e CloseRange) what() string {
	return inScope(fmt.Sprintf("close-code range %d-%d", e.From, e.To), e.Scope)
}
func (e Opcode) what() string { return inScope(fmt.Sprintf("opcode %d", e.Code), e.Scope) }

type entry interface {
	key() string
	pos() Pos
	what() string
}

// mergeSection adds the entries of in to out. join merges two entries with
// the same key, or reports the first field on which they differ.
func mergeSection[E entry](out, in []E, join func(a, b *E) (x, y string, ok bool)) ([]E, error) {
	for _, e := range in {
		i := slices.IndexFunc(out, func(o E) bool { return o.key() == e.key() })
		if i < 0 {
			out = append(out, e)
			continue
		}
		if x, y, ok := join(&out[i], &e); !ok {
			return nil, errorf(e.pos(), "%s %q conflicts with %s %q", e.what(), y, out[i].pos(), x)
		}
	}
	return out, nil
}

// joinFields merges the fields of two entries pairwise: equal under Fold,
// or one of them empty. It reports the first pair that differs.
func joinFields(pairs ...[2]*string) (string, string, bool) {
	for _, p := range pairs {
		a, b := *p[0], *p[1]
		if a != "" && b != "" && Fold(a) != Fold(b) {
			return a, b, false
		}
	}
	for _, p := range pairs {
		if *p[0] == "" {
			*p[0] = *p[1]
		}
	}
	return "", "", true
}

func mergeHTTP(a, b *HTTPStatus) (string, string, bool) {
	return joinFields([2]*string{&a.Name, &b.Name}, [2]*string{&a.Meaning, &b.Meaning})
}

func mergeRange(a, b *HTTPRange) (string, string, bool) {
	return joinFields([2]*string{&a.Meaning, &b.Meaning})
}

func mergeError(a, b *ErrorCode) (string, string, bool) {
	if a.Status != 0 && b.Status != 0 && a.Status != b.Status {
		return fmt.Sprintf("status %d", a.Status), fmt.Sprintf("status %d", b.Status), false
	}
	if a.Status == 0 {
		a.Status = b.Status
	}
	return joinFields([2]*string{&a.Meaning, &b.Meaning})
}

func mergeClose(a, b *CloseCode) (string, string, bool) {
	return joinFields([2]*string{&a.Name, &b.Name}, [2]*string{&a.Action, &b.Action}, [2]*string{&a.Meaning, &b.Meaning})
}

func mergeCloseRange(a, b *CloseRange) (string, string, bool) {
	return joinFields([2]*string{&a.Meaning, &b.Meaning})
}

func mergeOpcode(a, b *Opcode) (string, string, bool) {
	return joinFields([2]*string{&a.Name, &b.Name}, [2]*string{&a.Direction, &b.Direction}, [2]*string{&a.Meaning, &b.Meaning})
}

func mergeShape(out *Shape, in Shape, what string) error {
	switch {
	case !in.Documented():
	case !out.Documented():
		*out = in.clone()
	case !slices.Equal(out.Fields, in.Fields) || out.Code != in.Code || out.Message != in.Message || out.Path != in.Path:
		return errorf(in.Pos, "%s %s conflicts with %s %s", what, in, out.Pos, *out)
	}
	return nil
}

// String writes the shape as "{code, message}", with its path: "errors[]{code, message}".
func (s Shape) String() string { return s.Path + "{" + strings.Join(s.Fields, ", ") + "}" }

func (s Shape) clone() Shape {
	s.Fields = slices.Clone(s.Fields)
	return s
}

// Clone returns a deep copy of c.
func (c *Catalog) Clone() *Catalog {
	return &Catalog{
		Sources:          slices.Clone(c.Sources),
		HTTP:             slices.Clone(c.HTTP),
		HTTPRanges:       slices.Clone(c.HTTPRanges),
		ErrorCodes:       slices.Clone(c.ErrorCodes),
		CloseCodes:       slices.Clone(c.CloseCodes),
		CloseRanges:      slices.Clone(c.CloseRanges),
		Opcodes:          slices.Clone(c.Opcodes),
		ErrorShape:       c.ErrorShape.clone(),
		ServerErrorShape: c.ServerErrorShape.clone(),
		Warnings:         slices.Clone(c.Warnings),
		Operations:       cloneOperations(c.Operations),
	}
}

// Empty reports whether c documents no code at all.
func (c *Catalog) Empty() bool {
	return !c.HasHTTP() && !c.HasErrorCodes() && !c.HasCloseCodes() && !c.HasOpcodes() && len(c.CloseRanges) == 0 && !c.HasOperations()
}
