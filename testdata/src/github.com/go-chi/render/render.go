// Package render is a stub of github.com/go-chi/render for statuslint
// tests: only the signatures the tests need, copied from render v1.0.3.
// Bodies panic.
package render

import "net/http"

// M is a shortcut for a JSON object body.
type M map[string]interface{}

// Renderer prepares a value before it is written.
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Binder checks a decoded request body.
type Binder interface {
	Bind(r *http.Request) error
}

// Status records the status the next responder writes.
func Status(r *http.Request, status int) { panic("stub") }

// Render renders v and writes it.
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error { panic("stub") }

// Bind decodes the request body into v.
func Bind(r *http.Request, v Binder) error { panic("stub") }

// DefaultResponder writes v in the negotiated format.
func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) { panic("stub") }

// PlainText writes v as text.
func PlainText(w http.ResponseWriter, r *http.Request, v string) { panic("stub") }

// Data writes v as bytes.
func Data(w http.ResponseWriter, r *http.Request, v []byte) { panic("stub") }

// HTML writes v as HTML.
func HTML(w http.ResponseWriter, r *http.Request, v string) { panic("stub") }

// JSON writes v as JSON.
func JSON(w http.ResponseWriter, r *http.Request, v interface{}) { panic("stub") }

// XML writes v as XML.
func XML(w http.ResponseWriter, r *http.Request, v interface{}) { panic("stub") }

// NoContent writes an empty 204 response.
func NoContent(w http.ResponseWriter, r *http.Request) { panic("stub") }
