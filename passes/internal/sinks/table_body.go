package sinks

// bodyRows are the places where a value becomes an HTTP response body
// (Role Body), grouped by framework with the module version their
// signatures were read from. A JSON encoder writing to a ResponseWriter
// (json.NewEncoder(w).Encode(v)) is not a row: encoding/json writes to any
// io.Writer, and a row for it would make every package relevant. The
// errorcode pass recognises that pattern itself.
var bodyRows = []Row{
	// net/http (standard library, Go 1.26): Write on any ResponseWriter,
	// and the text of http.Error(w ResponseWriter, error string, code int).
	{Pkg: "net/http", Recv: "ResponseWriter", Name: "Write", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "net/http", Name: "Error", Kind: Func, Arg: 1, Role: Body},

	// github.com/gin-gonic/gin v1.12.0: (c *Context) JSON(code int, obj any)
	// and its siblings; String(code int, format string, values ...any);
	// Data(code int, contentType string, data []byte).
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "JSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "IndentedJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "SecureJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "JSONP", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AsciiJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "PureJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithStatusJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "AbortWithStatusPureJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "XML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "YAML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "TOML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "String", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/gin-gonic/gin", Recv: "Context", Name: "Data", Kind: Method, Arg: 2, Role: Body},

	// github.com/labstack/echo/v4 v4.16.0: the Context interface's
	// JSON(code int, i any) and siblings (JSONP and Blob put the body
	// third). NewHTTPError(code int, message ...interface{}): echo's
	// default error handler sends a non-string message as the JSON body
	// itself, and HTTPError.Message is that value.
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONPretty", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONBlob", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONP", Kind: Method, Arg: 2, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "JSONPBlob", Kind: Method, Arg: 2, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XMLPretty", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "XMLBlob", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "Blob", Kind: Method, Arg: 2, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "String", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "HTML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Context", Name: "HTMLBlob", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Name: "NewHTTPError", Kind: Func, Arg: 1, Role: Body},
	{Pkg: "github.com/labstack/echo/v4", Recv: "HTTPError", Name: "Message", Kind: Field, Role: Body},

	// github.com/gofiber/fiber/v2 v2.52.15: (c *Ctx) JSON(data interface{},
	// ctype ...string), usually after c.Status(n); NewError(code int,
	// message ...string), whose message the default error handler sends.
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "JSON", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "JSONP", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "XML", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "Send", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Ctx", Name: "SendString", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Name: "NewError", Kind: Func, Arg: 1, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Error", Name: "Message", Kind: Field, Role: Body},

	// github.com/gofiber/fiber/v3 v3.1.0: the same methods on the Ctx and
	// Res interfaces and whatever implements them; NewError and NewErrorf,
	// whose message the default error handler sends as text.
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "JSON", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "JSONP", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "XML", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "Send", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Ctx", Name: "SendString", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "JSON", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "JSONP", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "XML", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "Send", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Res", Name: "SendString", Kind: Implements, Arg: 0, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Name: "NewError", Kind: Func, Arg: 1, Role: Body},
	{Pkg: "github.com/gofiber/fiber/v3", Recv: "Error", Name: "Message", Kind: Field, Role: Body},

	// github.com/go-chi/render v1.0.3: JSON(w http.ResponseWriter,
	// r *http.Request, v interface{}) and siblings, all with the body third.
	{Pkg: "github.com/go-chi/render", Name: "JSON", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "XML", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "DefaultResponder", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "Render", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "PlainText", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "Data", Kind: Func, Arg: 2, Role: Body},
	{Pkg: "github.com/go-chi/render", Name: "HTML", Kind: Func, Arg: 2, Role: Body},

	// github.com/valyala/fasthttp v1.77.0: the RequestCtx body setters and
	// the text of Error(msg string, statusCode int).
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "SetBody", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "SetBodyString", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "Write", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "WriteString", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "Error", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "RequestCtx", Name: "Success", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/valyala/fasthttp", Recv: "Response", Name: "SetBodyString", Kind: Method, Arg: 0, Role: Body},

	// github.com/cloudwego/hertz v0.10.4, pkg/app.RequestContext:
	// JSON(code int, obj interface{}) and siblings; AbortWithMsg(msg string,
	// statusCode int); the raw body writers.
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "JSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "PureJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "IndentedJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithStatusJSON", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "XML", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "String", Kind: Method, Arg: 1, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Data", Kind: Method, Arg: 2, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "AbortWithMsg", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "WriteString", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "Write", Kind: Method, Arg: 0, Role: Body},
	{Pkg: "github.com/cloudwego/hertz/pkg/app", Recv: "RequestContext", Name: "SetBodyString", Kind: Method, Arg: 0, Role: Body},
}
