// Package catalog is the typed model of the status codes an API documents:
// HTTP statuses, JSON error codes and their body, WebSocket close codes and
// gateway opcodes, with the protocol facts that hold whatever an API says
// (RFC 9110 reason phrases, RFC 6455 close-code rules), and the writers of
// `statuslint catalog` (JSON, Markdown, Go constants).
//
// The readers that build a catalog from the API's own documentation are in
// package catalog/read. This package imports the standard library only, so
// the passes, which read a *Catalog, carry no document parser; its embedded
// default is default.md as the reader reads it, kept in default_gen.go.
package catalog

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// A Catalog is what one or more documents say an API answers with.
// The zero Catalog documents nothing; a check whose section is empty
// (no close-code table, say) is left to the protocol's own rules.
//
// Entries are kept sorted by code (then scope). The JSON field names are the
// schema of `statuslint catalog -json` and of JSON and YAML catalog files.
type Catalog struct {
	// Sources names the documents the catalog was read from, in order.
	Sources []string `json:"sources"`

	HTTP        []HTTPStatus `json:"http"`
	HTTPRanges  []HTTPRange  `json:"http_ranges"`
	ErrorCodes  []ErrorCode  `json:"error_codes"`
	CloseCodes  []CloseCode  `json:"close_codes"`
	CloseRanges []CloseRange `json:"close_ranges"`
	Opcodes     []Opcode     `json:"opcodes"`

	// ErrorShape is the documented 4xx error body ({code, message} in the
	// default); its Fields are empty when no body is documented.
	ErrorShape Shape `json:"error_shape"`
	// ServerErrorShape is the documented 5xx body ({message, report} in
	// the default).
	ServerErrorShape Shape `json:"server_error_shape"`

	// Operations are the operations an OpenAPI document or swag comments
	// document, each with its own statuses (see operation.go).
	Operations []Operation `json:"operations,omitempty"`

	// Warnings are what the reader read around rather than stopped at: a
	// row of a code table that is not a code, say. Each is one line
	// "file:line: what". They are not part of the JSON schema.
	Warnings []string `json:"-"`
}

// A Shape is a documented JSON error body.
type Shape struct {
	// Fields lists the body's field names, code field first.
	Fields []string `json:"fields"`
	// Code names the field that holds the error code, or is "".
	Code string `json:"code,omitempty"`
	// Message names the field that holds the error's text, or is "".
	Message string `json:"message,omitempty"`
	// Path says where the error object sits when it is nested in the body:
	// "error" for {"error": {...}}, "errors[]" for {"errors": [{...}]}.
	Path string `json:"path,omitempty"`
	// Pos is where the body is documented. It is not part of the schema.
	Pos Pos `json:"-"`
}

// UnmarshalJSON reads a shape in either form the schema allows: an object
// {"fields": [...], "code": F, "message": F, "path": P}, or the older plain
// list of field names, whose code field is "code" and message field
// "message" when it lists them.
func (s *Shape) UnmarshalJSON(data []byte) error {
	var list []string
	if err := json.Unmarshal(data, &list); err == nil {
		*s = Shape{Fields: list}
		if slices.Contains(list, "code") {
			s.Code = "code"
		}
		if slices.Contains(list, "message") {
			s.Message = "message"
		}
		if len(list) == 0 {
			s.Fields = nil
		}
		return nil
	}
	type plain Shape // without this method
	var p plain
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	*s = Shape(p)
	return nil
}

// Documented reports whether the shape was documented at all.
func (s Shape) Documented() bool { return len(s.Fields) > 0 }

// Has reports whether the shape lists the field.
func (s Shape) Has(field string) bool { return slices.Contains(s.Fields, field) }

// Pos is the place in a document where an entry is written. It is not part
// of the JSON schema.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// HTTPStatus is one documented HTTP status.
type HTTPStatus struct {
	Code    int    `json:"code"`
	Name    string `json:"name"` // the document's reason phrase, as written
	Meaning string `json:"meaning"`
	Pos     Pos    `json:"-"`
}

// HTTPRange is a documented class of statuses, such as 5xx.
type HTTPRange struct {
	Class   string `json:"class"` // "5xx"
	From    int    `json:"from"`  // 500
	To      int    `json:"to"`    // 599
	Meaning string `json:"meaning"`
	Pos     Pos    `json:"-"`
}

// ErrorCode is one documented JSON error code of the API's error bodies.
type ErrorCode struct {
	Code    Code   `json:"code"`
	Meaning string `json:"meaning"`
	// Status is the HTTP status the document pairs the code with, or 0.
	Status int `json:"status,omitempty"`
	// Scope names the protocol the code belongs to when one document lists
	// several families of error codes ("rpc"), or is "".
	Scope string `json:"scope,omitempty"`
	Pos   Pos    `json:"-"`
}

// CloseCode is one documented WebSocket close code of the API's gateway.
type CloseCode struct {
	Code    int    `json:"code"`
	Name    string `json:"name"`
	Action  string `json:"action"` // what a client should do: resume, abort, restart, or as written
	Meaning string `json:"meaning"`
	// Scope names the protocol ("gateway", "voice") when one document
	// has several close-code tables, or is "".
	Scope string `json:"scope,omitempty"`
	Pos   Pos    `json:"-"`
}

// CloseRange is a documented range of close codes ("4000-4999: private use").
type CloseRange struct {
	From    int    `json:"from"`
	To      int    `json:"to"`
	Meaning string `json:"meaning"`
	Scope   string `json:"scope,omitempty"`
	Pos     Pos    `json:"-"`
}

// Directions of a gateway opcode, named by who sends it.
const (
	DirBoth   = "both"   // sent by clients and by the server
	DirClient = "client" // sent by clients only (a document's "send")
	DirServer = "server" // sent by the server only (a document's "receive")
)

// Opcode is one documented gateway opcode.
type Opcode struct {
	Code      int    `json:"code"`
	Name      string `json:"name"`
	Direction string `json:"direction"` // DirBoth, DirClient or DirServer
	Meaning   string `json:"meaning"`
	// Scope names the protocol ("gateway", "voice") when one document
	// has several opcode tables, or is "".
	Scope string `json:"scope,omitempty"`
	Pos   Pos    `json:"-"`
}

// HasHTTP reports whether the catalog documents any HTTP status.
func (c *Catalog) HasHTTP() bool { return len(c.HTTP)+len(c.HTTPRanges) > 0 }

// HasErrorCodes reports whether the catalog has a JSON error-code section.
func (c *Catalog) HasErrorCodes() bool { return len(c.ErrorCodes) > 0 }

// HasCloseCodes reports whether the catalog has a close-code table.
func (c *Catalog) HasCloseCodes() bool { return len(c.CloseCodes) > 0 }

// CloseRange returns the documented close-code range that holds code, if any.
func (c *Catalog) CloseRange(code int) (CloseRange, bool) {
	for _, r := range c.CloseRanges {
		if r.From <= code && code <= r.To {
			return r, true
		}
	}
	return CloseRange{}, false
}

// HasOpcodes reports whether the catalog has an opcode table.
func (c *Catalog) HasOpcodes() bool { return len(c.Opcodes) > 0 }

// Status returns the documented entry for an HTTP status, if any.
func (c *Catalog) Status(code int) (HTTPStatus, bool) {
	i := sort.Search(len(c.HTTP), func(i int) bool { return c.HTTP[i].Code >= code })
	if i < len(c.HTTP) && c.HTTP[i].Code == code {
		return c.HTTP[i], true
	}
	return HTTPStatus{}, false
}

// StatusDocumented reports whether the catalog documents an HTTP status,
// by itself or by its class (a 5xx row documents 500 to 599).
func (c *Catalog) StatusDocumented(code int) bool {
	if _, ok := c.Status(code); ok {
		return true
	}
	for _, r := range c.HTTPRanges {
		if r.From <= code && code <= r.To {
			return true
		}
	}
	return false
}

// ErrorCode returns the documented entry for an integer JSON error code,
// if any; of a code listed in several scopes, the first scope's.
func (c *Catalog) ErrorCode(code int) (ErrorCode, bool) { return c.LookupErrorCode(IntCode(code)) }

// LookupErrorCode returns the documented entry for an error code, integer
// or string, if any; of a code listed in several scopes, the first scope's.
func (c *Catalog) LookupErrorCode(code Code) (ErrorCode, bool) {
	i := sort.Search(len(c.ErrorCodes), func(i int) bool { return compareCodes(c.ErrorCodes[i].Code, code) >= 0 })
	if i < len(c.ErrorCodes) && c.ErrorCodes[i].Code == code {
		return c.ErrorCodes[i], true
	}
	return ErrorCode{}, false
}

// ErrorCodeByMeaning returns the documented error code whose meaning is the
// message, compared with Fold.
func (c *Catalog) ErrorCodeByMeaning(message string) (ErrorCode, bool) {
	m := Fold(message)
	if m == "" {
		return ErrorCode{}, false
	}
	for _, e := range c.ErrorCodes {
		if Fold(e.Meaning) == m {
			return e, true
		}
	}
	return ErrorCode{}, false
}

// CloseCode returns the documented entry for a close code, if any.
func (c *Catalog) CloseCode(code int) (CloseCode, bool) {
	i := sort.Search(len(c.CloseCodes), func(i int) bool { return c.CloseCodes[i].Code >= code })
	if i < len(c.CloseCodes) && c.CloseCodes[i].Code == code {
		return c.CloseCodes[i], true
	}
	return CloseCode{}, false
}

// CloseCodeByReason returns the documented close code whose name or meaning
// is the reason, compared with Fold.
func (c *Catalog) CloseCodeByReason(reason string) (CloseCode, bool) {
	r := Fold(reason)
	if r == "" {
		return CloseCode{}, false
	}
	for _, e := range c.CloseCodes {
		if Fold(e.Name) == r || Fold(e.Meaning) == r {
			return e, true
		}
	}
	return CloseCode{}, false
}

// NearestCloseCodes returns the documented close codes nearest below and
// above code (ok false where there is none on that side).
func (c *Catalog) NearestCloseCodes(code int) (below, above CloseCode, okBelow, okAbove bool) {
	for _, e := range c.CloseCodes {
		if e.Code < code {
			below, okBelow = e, true
		} else if e.Code > code && !okAbove {
			above, okAbove = e, true
		}
	}
	return
}

// Opcode returns the documented entry for a gateway opcode, if any.
func (c *Catalog) Opcode(code int) (Opcode, bool) {
	for _, o := range c.Opcodes {
		if o.Code == code {
			return o, true
		}
	}
	return Opcode{}, false
}

// Describe names the catalog's documents for diagnostics:
// "docs/status-codes.md", "a.md and b.md", or "the default catalog".
func (c *Catalog) Describe() string {
	switch len(c.Sources) {
	case 0:
		return "the catalog"
	case 1:
		return c.Sources[0]
	}
	return strings.Join(c.Sources[:len(c.Sources)-1], ", ") + " and " + c.Sources[len(c.Sources)-1]
}

// Fold reduces s to lower-case letters and digits separated by single
// spaces, so that "Unknown user." and "unknown  USER" compare equal.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') || r > 0x7f && isLetterOrDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}
