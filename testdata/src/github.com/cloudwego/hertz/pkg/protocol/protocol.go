// Package protocol is a stub of github.com/cloudwego/hertz/pkg/protocol for
// statuslint tests: only the signatures the tests need, copied from
// hertz v0.10.4. Bodies panic.
package protocol

// RequestHeader is a request's header.
type RequestHeader struct{}

// Request is an HTTP request.
type Request struct {
	Header RequestHeader
}

// ResponseHeader is a response's header.
type ResponseHeader struct{}

// SetStatusCode sets the status.
func (h *ResponseHeader) SetStatusCode(statusCode int) { panic("stub") }

// Response is an HTTP response.
type Response struct {
	Header ResponseHeader
}

// SetStatusCode sets the status.
func (resp *Response) SetStatusCode(statusCode int) { panic("stub") }

// StatusCode returns the status.
func (resp *Response) StatusCode() int { panic("stub") }
