package catalog

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Ranges a document may give its codes.
const (
	maxCode      = 1<<31 - 1 // error codes and opcodes fit an int32
	minCloseCode = 1000
	maxCloseCode = 4999
)

// sortEntries sorts every section by code, then by place in the document.
func sortEntries(c *Catalog) {
	byPos := func(a, b Pos) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	}
	slices.SortStableFunc(c.HTTP, func(a, b HTTPStatus) int { return cmp.Or(cmp.Compare(a.Code, b.Code), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.HTTPRanges, func(a, b HTTPRange) int { return cmp.Or(cmp.Compare(a.From, b.From), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.ErrorCodes, func(a, b ErrorCode) int { return cmp.Or(cmp.Compare(a.Code, b.Code), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.CloseCodes, func(a, b CloseCode) int { return cmp.Or(cmp.Compare(a.Code, b.Code), byPos(a.Pos, b.Pos)) })
	slices.SortStableFunc(c.Opcodes, func(a, b Opcode) int { return cmp.Or(cmp.Compare(a.Code, b.Code), byPos(a.Pos, b.Pos)) })
}

// validate checks a catalog sorted by sortEntries: every code in range for
// its section, no code twice, known directions and well-formed classes. It
// returns the first problem in document order.
func validate(c *Catalog) error {
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
		switch {
		case e.Code < 0:
			bad(e.Pos, "error code %d is negative", e.Code)
		case e.Code > maxCode:
			bad(e.Pos, "error code %d is out of range (0 to %d)", e.Code, maxCode)
		}
		if i > 0 && c.ErrorCodes[i-1].Code == e.Code {
			dup(e.Pos, c.ErrorCodes[i-1].Pos, fmt.Sprintf("error code %d", e.Code))
		}
	}
	for i, e := range c.CloseCodes {
		switch {
		case e.Code < minCloseCode || e.Code > maxCloseCode:
			bad(e.Pos, "close code %d is out of range (%d to %d)", e.Code, minCloseCode, maxCloseCode)
		case CheckCloseCode(e.Code) == CloseInvalid:
			bad(e.Pos, "close code %d is reserved by RFC 6455 (1016 to 2999 are unassigned)", e.Code)
		}
		if i > 0 && c.CloseCodes[i-1].Code == e.Code {
			dup(e.Pos, c.CloseCodes[i-1].Pos, fmt.Sprintf("close code %d", e.Code))
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
		if i > 0 && c.Opcodes[i-1].Code == e.Code {
			dup(e.Pos, c.Opcodes[i-1].Pos, fmt.Sprintf("opcode %d", e.Code))
		}
	}
	checkShape := func(shape []string, p Pos, what string) {
		seen := map[string]bool{}
		for _, f := range shape {
			switch {
			case f == "":
				bad(p, "%s has an empty field name", what)
			case seen[f]:
				bad(p, "%s lists field %q twice", what, f)
			}
			seen[f] = true
		}
	}
	checkShape(c.ErrorShape, c.ErrorShapePos, "error body")
	checkShape(c.ServerErrorShape, c.ServerErrorShapePos, "5xx body")
	if len(errs) == 0 {
		return nil
	}
	return slices.MinFunc(errs, func(a, b *Error) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// Merge combines catalogs into one, in order: sources are listed once each,
// entries sorted by code. The same code documented alike in two catalogs is
// kept once (a field one of them leaves empty is taken from the other); the
// same code with a different name, meaning, action or direction is an
// error naming both places. Each catalog is validated first. The inputs are
// not modified.
func Merge(cats ...*Catalog) (*Catalog, error) {
	out := &Catalog{}
	for _, c := range cats {
		if c == nil {
			continue
		}
		in := c.clone()
		sortEntries(in)
		if err := validate(in); err != nil {
			return nil, err
		}
		for _, s := range in.Sources {
			if !slices.Contains(out.Sources, s) {
				out.Sources = append(out.Sources, s)
			}
		}
		var err error
		if out.HTTP, err = mergeSection(out.HTTP, in.HTTP, httpKey, mergeHTTP); err != nil {
			return nil, err
		}
		if out.HTTPRanges, err = mergeSection(out.HTTPRanges, in.HTTPRanges, rangeKey, mergeRange); err != nil {
			return nil, err
		}
		if out.ErrorCodes, err = mergeSection(out.ErrorCodes, in.ErrorCodes, errorKey, mergeError); err != nil {
			return nil, err
		}
		if out.CloseCodes, err = mergeSection(out.CloseCodes, in.CloseCodes, closeKey, mergeClose); err != nil {
			return nil, err
		}
		if out.Opcodes, err = mergeSection(out.Opcodes, in.Opcodes, opcodeKey, mergeOpcode); err != nil {
			return nil, err
		}
		if err := mergeShape(&out.ErrorShape, &out.ErrorShapePos, in.ErrorShape, in.ErrorShapePos, "error body"); err != nil {
			return nil, err
		}
		if err := mergeShape(&out.ServerErrorShape, &out.ServerErrorShapePos, in.ServerErrorShape, in.ServerErrorShapePos, "5xx body"); err != nil {
			return nil, err
		}
	}
	sortEntries(out)
	return out, nil
}

func httpKey(e HTTPStatus) int    { return e.Code }
func rangeKey(e HTTPRange) int    { return e.From }
func errorKey(e ErrorCode) int    { return e.Code }
func closeKey(e CloseCode) int    { return e.Code }
func opcodeKey(e Opcode) int      { return e.Code }
func (e HTTPStatus) pos() Pos     { return e.Pos }
func (e HTTPRange) pos() Pos      { return e.Pos }
func (e ErrorCode) pos() Pos      { return e.Pos }
func (e CloseCode) pos() Pos      { return e.Pos }
func (e Opcode) pos() Pos         { return e.Pos }
func (e HTTPStatus) what() string { return fmt.Sprintf("status %d", e.Code) }
func (e HTTPRange) what() string  { return "status class " + e.Class }
func (e ErrorCode) what() string  { return fmt.Sprintf("error code %d", e.Code) }
func (e CloseCode) what() string  { return fmt.Sprintf("close code %d", e.Code) }
func (e Opcode) what() string     { return fmt.Sprintf("opcode %d", e.Code) }

type entry interface {
	pos() Pos
	what() string
}

// mergeSection adds the entries of in to out. join merges two entries with
// the same key, or reports the first field on which they differ.
func mergeSection[E entry](out, in []E, key func(E) int, join func(a, b *E) (x, y string, ok bool)) ([]E, error) {
	for _, e := range in {
		i := slices.IndexFunc(out, func(o E) bool { return key(o) == key(e) })
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

// field merges one text field: equal under Fold, or one of them empty.
// It returns false when the two differ.
func field(a *string, b string) bool {
	switch {
	case b == "" || Fold(*a) == Fold(b):
		return true
	case *a == "":
		*a = b
		return true
	}
	return false
}

// joinFields merges the fields of two entries pairwise.
func joinFields(pairs ...[2]*string) (string, string, bool) {
	for _, p := range pairs {
		a, b := *p[0], *p[1]
		if a != "" && b != "" && Fold(a) != Fold(b) {
			return a, b, false
		}
	}
	for _, p := range pairs {
		field(p[0], *p[1])
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
	return joinFields([2]*string{&a.Meaning, &b.Meaning})
}

func mergeClose(a, b *CloseCode) (string, string, bool) {
	return joinFields([2]*string{&a.Name, &b.Name}, [2]*string{&a.Action, &b.Action}, [2]*string{&a.Meaning, &b.Meaning})
}

func mergeOpcode(a, b *Opcode) (string, string, bool) {
	return joinFields([2]*string{&a.Name, &b.Name}, [2]*string{&a.Direction, &b.Direction}, [2]*string{&a.Meaning, &b.Meaning})
}

func mergeShape(out *[]string, outPos *Pos, in []string, inPos Pos, what string) error {
	switch {
	case len(in) == 0:
	case len(*out) == 0:
		*out, *outPos = slices.Clone(in), inPos
	case !slices.Equal(*out, in):
		return errorf(inPos, "%s {%s} conflicts with %s {%s}", what, strings.Join(in, ", "), *outPos, strings.Join(*out, ", "))
	}
	return nil
}

// clone returns a deep copy of c.
func (c *Catalog) clone() *Catalog {
	return &Catalog{
		Sources:             slices.Clone(c.Sources),
		HTTP:                slices.Clone(c.HTTP),
		HTTPRanges:          slices.Clone(c.HTTPRanges),
		ErrorCodes:          slices.Clone(c.ErrorCodes),
		CloseCodes:          slices.Clone(c.CloseCodes),
		Opcodes:             slices.Clone(c.Opcodes),
		ErrorShape:          slices.Clone(c.ErrorShape),
		ServerErrorShape:    slices.Clone(c.ServerErrorShape),
		ErrorShapePos:       c.ErrorShapePos,
		ServerErrorShapePos: c.ServerErrorShapePos,
	}
}

// empty reports whether c documents no code at all.
func (c *Catalog) empty() bool {
	return !c.HasHTTP() && !c.HasErrorCodes() && !c.HasCloseCodes() && !c.HasOpcodes()
}
