// Package echo is a stub of github.com/labstack/echo/v5 for statuslint
// tests: only the signatures the tests need, copied from echo v5.4.6.
// Bodies panic. In v5, Context is a struct, handlers take a *Context.
package echo

import (
	"io"
	"net/http"
)

// HandlerFunc is an echo handler.
type HandlerFunc func(c *Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler turns a handler's error into a response.
type HTTPErrorHandler func(c *Context, err error)

// Echo is the router.
type Echo struct{}

// RouteInfo describes a route.
type RouteInfo struct{}

// New returns an Echo.
func New() *Echo { panic("stub") }

// GET registers a route.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { panic("stub") }

// Context carries one request and its response.
type Context struct{}

func (c *Context) Request() *http.Request                                 { panic("stub") }
func (c *Context) Response() http.ResponseWriter                          { panic("stub") }
func (c *Context) Param(name string) string                               { panic("stub") }
func (c *Context) Bind(i any) error                                       { panic("stub") }
func (c *Context) Render(code int, name string, data any) error           { panic("stub") }
func (c *Context) HTML(code int, html string) error                       { panic("stub") }
func (c *Context) HTMLBlob(code int, b []byte) error                      { panic("stub") }
func (c *Context) String(code int, s string) error                        { panic("stub") }
func (c *Context) JSON(code int, i any) error                             { panic("stub") }
func (c *Context) JSONPretty(code int, i any, indent string) error        { panic("stub") }
func (c *Context) JSONBlob(code int, b []byte) error                      { panic("stub") }
func (c *Context) JSONP(code int, callback string, i any) error           { panic("stub") }
func (c *Context) JSONPBlob(code int, callback string, b []byte) error    { panic("stub") }
func (c *Context) XML(code int, i any) error                              { panic("stub") }
func (c *Context) XMLPretty(code int, i any, indent string) error         { panic("stub") }
func (c *Context) XMLBlob(code int, b []byte) error                       { panic("stub") }
func (c *Context) Blob(code int, contentType string, b []byte) error      { panic("stub") }
func (c *Context) Stream(code int, contentType string, r io.Reader) error { panic("stub") }
func (c *Context) NoContent(code int) error                               { panic("stub") }
func (c *Context) Redirect(code int, url string) error                    { panic("stub") }

// HTTPError is an error carrying a status.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// NewHTTPError returns an HTTPError with code and message.
func NewHTTPError(code int, message string) *HTTPError { panic("stub") }

// StatusCode returns the error's status.
func (he *HTTPError) StatusCode() int { return he.Code }

// Error returns the error's text.
func (he *HTTPError) Error() string { panic("stub") }

// Wrap returns a copy of the error wrapping err.
func (he HTTPError) Wrap(err error) error { panic("stub") }

// Response wraps an http.ResponseWriter.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// WriteHeader sends the status.
func (r *Response) WriteHeader(code int) { panic("stub") }
