// Package render is a stub of github.com/gin-gonic/gin/render for statuslint
// tests: only the signatures the tests need, copied from gin v1.12.0.
package render

import "net/http"

// Render writes a response body with its content type.
type Render interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}

// JSON renders Data as JSON.
type JSON struct {
	Data any
}

// Render panics: stub.
func (r JSON) Render(w http.ResponseWriter) error { panic("stub") }

// WriteContentType panics: stub.
func (r JSON) WriteContentType(w http.ResponseWriter) { panic("stub") }
