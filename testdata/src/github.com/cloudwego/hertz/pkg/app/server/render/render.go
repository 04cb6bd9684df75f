// Package render is a stub of github.com/cloudwego/hertz/pkg/app/server/render
// for statuslint tests: only the signatures the tests need, copied from
// hertz v0.10.4. Bodies panic.
package render

import "github.com/cloudwego/hertz/pkg/protocol"

// Render writes a response body with its content type.
type Render interface {
	Render(resp *protocol.Response) error
	WriteContentType(resp *protocol.Response)
}

// JSONRender renders Data as JSON.
type JSONRender struct {
	Data interface{}
}

// Render panics: stub.
func (r JSONRender) Render(resp *protocol.Response) error { panic("stub") }

// WriteContentType panics: stub.
func (r JSONRender) WriteContentType(resp *protocol.Response) { panic("stub") }
