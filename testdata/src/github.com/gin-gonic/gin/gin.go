// Package gin is a stub of github.com/gin-gonic/gin for statuslint tests:
// only the signatures the tests need, copied from gin v1.12.0. Bodies panic.
package gin

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

// H is a shortcut for a JSON object body.
type H map[string]any

// HandlerFunc is a gin handler.
type HandlerFunc func(*Context)

// ResponseWriter is gin's response writer; it embeds http.ResponseWriter, so
// WriteHeader called on it is net/http's.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// Context carries one request and its response.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	Keys    map[any]any
}

// ErrorType is the kind of a gin Error.
type ErrorType uint64

// Error is an error attached to a Context.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

// Error returns the wrapped error's text.
func (msg Error) Error() string { return msg.Err.Error() }

// Negotiate is the content-negotiation configuration.
type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

// IRoutes is the route-registration interface.
type IRoutes interface {
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

// RouterGroup groups routes under a prefix.
type RouterGroup struct{}

// GET registers a GET handler.
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }

// POST registers a POST handler.
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }

// Engine is the router.
type Engine struct {
	RouterGroup
}

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// New returns an Engine.
func New(opts ...OptionFunc) *Engine { panic("stub") }

// Default returns an Engine with the default middleware.
func Default(opts ...OptionFunc) *Engine { panic("stub") }

// Abort stops the handler chain.
func (c *Context) Abort() {}

// AbortWithStatus stops the chain and writes code.
func (c *Context) AbortWithStatus(code int) { panic("stub") }

// AbortWithStatusPureJSON stops the chain and writes code and jsonObj.
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) { panic("stub") }

// AbortWithStatusJSON stops the chain and writes code and jsonObj.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) { panic("stub") }

// AbortWithError stops the chain, writes code and records err.
func (c *Context) AbortWithError(code int, err error) *Error { panic("stub") }

// Error records err on the context.
func (c *Context) Error(err error) *Error { panic("stub") }

// ShouldBindJSON decodes the request body as JSON into obj.
func (c *Context) ShouldBindJSON(obj any) error { panic("stub") }

// Bind decodes the request body into obj by its content type.
func (c *Context) Bind(obj any) error { panic("stub") }

// Param returns a path parameter.
func (c *Context) Param(key string) string { panic("stub") }

// Status sets the response status.
func (c *Context) Status(code int) { panic("stub") }

// Render writes code and the rendered body.
func (c *Context) Render(code int, r render.Render) { panic("stub") }

// HTML renders the template name.
func (c *Context) HTML(code int, name string, obj any) { panic("stub") }

// IndentedJSON writes obj as indented JSON.
func (c *Context) IndentedJSON(code int, obj any) { panic("stub") }

// SecureJSON writes obj as JSON with a prefix.
func (c *Context) SecureJSON(code int, obj any) { panic("stub") }

// JSONP writes obj as JSONP.
func (c *Context) JSONP(code int, obj any) { panic("stub") }

// JSON writes obj as JSON.
func (c *Context) JSON(code int, obj any) { panic("stub") }

// AsciiJSON writes obj as ASCII-only JSON.
func (c *Context) AsciiJSON(code int, obj any) { panic("stub") }

// PureJSON writes obj as JSON without HTML escaping.
func (c *Context) PureJSON(code int, obj any) { panic("stub") }

// XML writes obj as XML.
func (c *Context) XML(code int, obj any) { panic("stub") }

// YAML writes obj as YAML.
func (c *Context) YAML(code int, obj any) { panic("stub") }

// TOML writes obj as TOML.
func (c *Context) TOML(code int, obj any) { panic("stub") }

// ProtoBuf writes obj as protobuf.
func (c *Context) ProtoBuf(code int, obj any) { panic("stub") }

// String writes a formatted string.
func (c *Context) String(code int, format string, values ...any) { panic("stub") }

// Redirect redirects to location.
func (c *Context) Redirect(code int, location string) { panic("stub") }

// Data writes raw bytes.
func (c *Context) Data(code int, contentType string, data []byte) { panic("stub") }

// DataFromReader writes the reader's content.
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
	panic("stub")
}

// Negotiate writes the body in the negotiated format.
func (c *Context) Negotiate(code int, config Negotiate) { panic("stub") }
