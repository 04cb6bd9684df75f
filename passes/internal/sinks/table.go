package sinks

// statusAndCloseRows are the HTTP status and WebSocket close sinks, grouped
// by framework; each group names the module version its signatures were read
// from. Argument indexes exclude the receiver; for a variadic parameter the
// index is the parameter's own (the first variadic argument).
var statusAndCloseRows = []Row{
	// net/http and net/http/httptest (standard library, Go 1.26).
	{Pkg: "net/http", Recv: "ResponseWriter", Name: "WriteHeader", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "net/http", Name: "Error", Kind: Func, Arg: 2, Role: Status},           // Error(w ResponseWriter, error string, code int)
	{Pkg: "net/http", Name: "Redirect", Kind: Func, Arg: 3, Role: Status},        // Redirect(w ResponseWriter, r *Request, url string, code int)
	{Pkg: "net/http", Name: "RedirectHandler", Kind: Func, Arg: 1, Role: Status}, // RedirectHandler(url string, code int) Handler
	{Pkg: "net/http", Name: "StatusText", Kind: Func, Arg: 0, Role: StatusRead},  // StatusText(code int) string
	// A literal http.Response{StatusCode: N} builds a response; the pass
	// treats comparisons of the field as reads.
	// Its status is one the program handles, not its answer, except in a
	// reverse proxy's ModifyResponse (Where: Handled).
	{Pkg: "net/http", Recv: "Response", Name: "StatusCode", Kind: Field, Role: Status, Where: Handled},
	{Pkg: "net/http/httptest", Recv: "ResponseRecorder", Name: "WriteHeader", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "net/http/httptest", Recv: "ResponseRecorder", Name: "Code", Kind: Field, Role: Status},

	// github.com/gin-gonic/gin v1.12.0. Every method but Redirect keeps the
	// status already set for 0 and below (Redirect panics on them).
	// c.Writer is a gin.ResponseWriter,
	// which embeds http.ResponseWriter: c.Writer.WriteHeader is the
	// net/http Implements row above.
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "JSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "IndentedJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "SecureJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "JSONP", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AsciiJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "PureJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "XML", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "YAML", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "TOML", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "ProtoBuf", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "String", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "HTML", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Data", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "DataFromReader", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Render", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Redirect", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Status", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithStatus", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithStatusJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithStatusPureJSON", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithError", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Negotiate", Kind: Method, Arg: 0, Role: Status, Unset: UnsetNonPositive},

	// github.com/labstack/echo/v4 v4.16.0. echo.Context is an interface:
	// these rows are Kind Method on the interface type, since a call through
	// the interface (or through a struct embedding it) has the interface's
	// method as callee. c.Response() is an *echo.Response, which implements
	// http.ResponseWriter: its WriteHeader is the net/http Implements row.
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "NoContent", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "String", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "HTML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "HTMLBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONPretty", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONP", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONPBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XMLPretty", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XMLBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Blob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Stream", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Redirect", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Render", Kind: Method, Arg: 0, Role: Status},
	// An HTTPError's status is sent when the error reaches echo: returned
	// from a handler or a helper, or passed to c.Error (Where: ErrorPath).
	{Pkg: "github.com/labstack/echo/v4", Name: "NewHTTPError", Kind: Func, Arg: 0, Role: Status, Where: ErrorPath}, // NewHTTPError(code int, message ...interface{})
	{Pkg: "github.com/labstack/echo/v4", Recv: "HTTPError", Name: "Code", Kind: Field, Role: Status, Where: ErrorPath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Error", Kind: Method, Arg: 0, Role: ErrorEntry}, // Error(err error)

	// github.com/labstack/echo/v5 v5.4.6. Context is a struct, handlers
	// take a *Context; c.Response() is an http.ResponseWriter.
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "NoContent", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "String", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "HTML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "HTMLBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "JSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "JSONPretty", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "JSONBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "JSONP", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "JSONPBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "XML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "XMLPretty", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "XMLBlob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "Blob", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "Stream", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "Redirect", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Recv: "Context", Name: "Render", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/labstack/echo/v5", Name: "NewHTTPError", Kind: Func, Arg: 0, Role: Status, Where: ErrorPath}, // NewHTTPError(code int, message string)
	{Pkg: "github.com/labstack/echo/v5", Recv: "HTTPError", Name: "Code", Kind: Field, Role: Status, Where: ErrorPath},

	// github.com/gofiber/fiber/v2 v2.52.15. Redirect* take the status as a
	// variadic ...int: Arg is that parameter's index.
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "Status", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "SendStatus", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "Redirect", Kind: Method, Arg: 1, Role: Status},        // Redirect(location string, status ...int)
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "RedirectToRoute", Kind: Method, Arg: 2, Role: Status}, // RedirectToRoute(routeName string, params Map, status ...int)
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "RedirectBack", Kind: Method, Arg: 1, Role: Status},    // RedirectBack(fallback string, status ...int)
	{Pkg: "github.com/gofiber/fiber/v2", Name: "NewError", Kind: Func, Arg: 0, Role: Status, Where: ErrorPath},     // NewError(code int, message ...string)
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Error", Name: "Code", Kind: Field, Role: Status, Where: ErrorPath},

	// github.com/gofiber/fiber/v3 v3.1.0. Ctx and Res are interfaces that
	// DefaultCtx (or an app's custom context) implements: Implements rows
	// cover a call through the interface and through the struct alike.
	// c.Redirect() returns a *Redirect whose Status sets the redirect's.
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "Status", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "SendStatus", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "Status", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "SendStatus", Kind: Implements, Arg: 0, Role: Status},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Redirect", Name: "Status", Kind: Method, Arg: 0, Role: Status},  // Status(code int) *Redirect
	{Pkg: "github.com/gofiber/fiber/v3", Name: "NewError", Kind: Func, Arg: 0, Role: Status, Where: ErrorPath},  // NewError(code int, message ...string)
	{Pkg: "github.com/gofiber/fiber/v3", Name: "NewErrorf", Kind: Func, Arg: 0, Role: Status, Where: ErrorPath}, // NewErrorf(code int, message ...any)
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Error", Name: "Code", Kind: Field, Role: Status, Where: ErrorPath},
	// Middleware configs that carry the status the middleware answers with.
	{Pkg: "github.com/gofiber/fiber/v3/middleware/redirect", Recv: "Config", Name: "StatusCode", Kind: Field, Role: Status},
	// github.com/go-chi/render v1.0.3.
	{Pkg: "github.com/go-chi/render", Name: "Status", Kind: Func, Arg: 1, Role: Status}, // Status(r *http.Request, status int)

	// github.com/valyala/fasthttp v1.77.0. A status set to 0 is read back
	// and sent as 200 (ResponseHeader.StatusCode).
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "Error", Kind: Method, Arg: 1, Role: Status},                // Error(msg string, statusCode int)
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "Redirect", Kind: Method, Arg: 1, Role: Status},             // Redirect(uri string, statusCode int)
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "RedirectBytes", Kind: Method, Arg: 1, Role: Status},        // RedirectBytes(uri []byte, statusCode int)
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "TimeoutErrorWithCode", Kind: Method, Arg: 1, Role: Status}, // TimeoutErrorWithCode(msg string, statusCode int)
	{Pkg: "github.com/valyala/fasthttp", Recv: "Response", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},
	{Pkg: "github.com/valyala/fasthttp", Recv: "ResponseHeader", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},

	// github.com/cloudwego/hertz v0.10.4, pkg/app.RequestContext and the
	// pkg/protocol response it holds (ctx.Response.SetStatusCode). As in
	// fasthttp, a status set to 0 is sent as 200.
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Status", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Redirect", Kind: Method, Arg: 0, Role: Status}, // Redirect(statusCode int, uri []byte)
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithStatus", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithMsg", Kind: Method, Arg: 1, Role: Status}, // AbortWithMsg(msg string, statusCode int)
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithStatusJSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithError", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Render", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "String", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Data", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "HTML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "JSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "PureJSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "IndentedJSON", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "XML", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "ProtoBuf", Kind: Method, Arg: 0, Role: Status},
	{Pkg: "github.com/cloudwego/hertz/pkg/protocol", Recv: "Response", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},
	{Pkg: "github.com/cloudwego/hertz/pkg/protocol", Recv: "ResponseHeader", Name: "SetStatusCode", Kind: Method, Arg: 0, Role: Status, Unset: UnsetZero},

	// WebSocket close codes and reasons.

	// github.com/gorilla/websocket v1.5.3: FormatCloseMessage(closeCode int, text string) []byte.
	// Given CloseNoStatusReceived (1005) it returns an empty close body, as
	// do its forks and melody's wrapper below.
	{Pkg: "github.com/gorilla/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "github.com/gorilla/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 1, Role: CloseReason},

	// github.com/fasthttp/websocket v1.5.12: FormatCloseMessage, same signature.
	{Pkg: "github.com/fasthttp/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "github.com/fasthttp/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 1, Role: CloseReason},

	// github.com/hertz-contrib/websocket v0.1.0: FormatCloseMessage, same signature.
	{Pkg: "github.com/hertz-contrib/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "github.com/hertz-contrib/websocket", Name: "FormatCloseMessage", Kind: Func, Arg: 1, Role: CloseReason},

	// github.com/olahol/melody v1.1.4: FormatCloseMessage, same signature.
	{Pkg: "github.com/olahol/melody", Name: "FormatCloseMessage", Kind: Func, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "github.com/olahol/melody", Name: "FormatCloseMessage", Kind: Func, Arg: 1, Role: CloseReason},

	// github.com/coder/websocket v1.8.15: (*Conn).Close(code StatusCode, reason string) error.
	// Given StatusNoStatusRcvd (1005) it sends a close frame with an empty body.
	{Pkg: "github.com/coder/websocket", Recv: "Conn", Name: "Close", Kind: Method, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "github.com/coder/websocket", Recv: "Conn", Name: "Close", Kind: Method, Arg: 1, Role: CloseReason},

	// nhooyr.io/websocket v1.8.17 (the module's old path): same Close.
	{Pkg: "nhooyr.io/websocket", Recv: "Conn", Name: "Close", Kind: Method, Arg: 0, Role: CloseCode, Unset: UnsetNoStatus},
	{Pkg: "nhooyr.io/websocket", Recv: "Conn", Name: "Close", Kind: Method, Arg: 1, Role: CloseReason},

	// github.com/gobwas/ws v1.5.0: NewCloseFrameBody(code StatusCode, reason
	// string) []byte and PutCloseFrameBody(p []byte, code StatusCode, reason
	// string); StatusCode is a uint16.
	{Pkg: "github.com/gobwas/ws", Name: "NewCloseFrameBody", Kind: Func, Arg: 0, Role: CloseCode},
	{Pkg: "github.com/gobwas/ws", Name: "NewCloseFrameBody", Kind: Func, Arg: 1, Role: CloseReason},
	{Pkg: "github.com/gobwas/ws", Name: "PutCloseFrameBody", Kind: Func, Arg: 1, Role: CloseCode},
	{Pkg: "github.com/gobwas/ws", Name: "PutCloseFrameBody", Kind: Func, Arg: 2, Role: CloseReason},

	// github.com/lxzan/gws v1.8.9: (*Conn).WriteClose(code uint16, reason []byte) error.
	// It sends 1000 (Normal Closure) in place of a code below 1000.
	{Pkg: "github.com/lxzan/gws", Recv: "Conn", Name: "WriteClose", Kind: Method, Arg: 0, Role: CloseCode, Unset: UnsetBelow1000},
	{Pkg: "github.com/lxzan/gws", Recv: "Conn", Name: "WriteClose", Kind: Method, Arg: 1, Role: CloseReason},

	// github.com/lesismal/nbio/nbhttp/websocket, module github.com/lesismal/nbio
	// v1.6.7: (*Conn).WriteClose(code int, reason string) error.
	{Pkg: "github.com/lesismal/nbio/nbhttp/websocket", Recv: "Conn", Name: "WriteClose", Kind: Method, Arg: 0, Role: CloseCode},
	{Pkg: "github.com/lesismal/nbio/nbhttp/websocket", Recv: "Conn", Name: "WriteClose", Kind: Method, Arg: 1, Role: CloseReason},

	// golang.org/x/net/websocket v0.62.0: Conn has no WriteClose of its own;
	// it embeds the unexported interface frameHandler, whose exported
	// WriteClose(status int) error is promoted, so ws.WriteClose(code) has
	// frameHandler.WriteClose as callee. There is no reason argument.
	{Pkg: "golang.org/x/net/websocket", Recv: "frameHandler", Name: "WriteClose", Kind: Method, Arg: 0, Role: CloseCode},
}
