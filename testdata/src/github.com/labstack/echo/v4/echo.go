// Package echo is a stub of github.com/labstack/echo/v4 for statuslint
// tests: only the signatures the tests need, copied from echo v4.16.0.
// Bodies panic.
package echo

import (
	"io"
	"net/http"
)

// Map is a shortcut for a JSON object body.
type Map map[string]interface{}

// HandlerFunc is an echo handler.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler turns a handler's error into a response.
type HTTPErrorHandler func(err error, c Context)

// Context carries one request and its response. In echo it is an
// interface.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	QueryParam(name string) string
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
}

// Response wraps the http.ResponseWriter; it is one itself.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// Header returns the response header.
func (r *Response) Header() http.Header { panic("stub") }

// WriteHeader sends the status.
func (r *Response) WriteHeader(code int) { panic("stub") }

// Write writes the body.
func (r *Response) Write(b []byte) (n int, err error) { panic("stub") }

// HTTPError is an error carrying a status.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// NewHTTPError returns an HTTPError with code and an optional message.
func NewHTTPError(code int, message ...interface{}) *HTTPError { panic("stub") }

// Error returns the error's text.
func (he *HTTPError) Error() string { panic("stub") }

// SetInternal records the underlying error.
func (he *HTTPError) SetInternal(err error) *HTTPError { panic("stub") }

// WithInternal returns a copy with the underlying error.
func (he *HTTPError) WithInternal(err error) *HTTPError { panic("stub") }

// Unwrap returns the underlying error.
func (he *HTTPError) Unwrap() error { panic("stub") }

// Route is a registered route.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// Echo is the router.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Debug            bool
}

// New returns an Echo.
func New() (e *Echo) { panic("stub") }

// GET registers a GET handler.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// POST registers a POST handler.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
