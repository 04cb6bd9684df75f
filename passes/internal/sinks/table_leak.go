package sinks

// The rows of this file describe the response body as the leak5xx pass
// sees it: functions of the standard library that write to any io.Writer
// (a response body only when that writer is one), the framework types that
// are such writers, and the frameworks' error paths. They are kept out of
// Table on purpose: a row in io, fmt or encoding/json would make every
// package relevant to every pass.

// A WriterRow is a function or method that writes its Body arguments to
// the io.Writer it takes as argument Writer (fmt.Fprintf(w, f, v…),
// io.WriteString(w, s)), or, for an encoder constructor, that returns an
// encoder writing to it (json.NewEncoder(w)).
type WriterRow struct {
	Pkg  string
	Recv string // "" for a package-level function
	Name string
	// Writer is the argument index of the writer; -1 when the writer is
	// the receiver's (an Encode method, whose encoder a constructor made).
	Writer int
	// Body is the argument index of the first body argument; with Rest,
	// every argument from Body on is one (fmt.Fprintf's format and values).
	Body int
	Rest bool
	// Encode is set when the body is encoded (JSON, XML) rather than
	// written as text: an error value encodes as {} there, its text does
	// not appear.
	Encode bool
	// Encoder is set on a constructor whose result encodes to Writer.
	Encoder bool
}

// WriterRows are the writers of the standard library (Go 1.26).
var WriterRows = []WriterRow{
	{Pkg: "io", Name: "WriteString", Writer: 0, Body: 1},           // WriteString(w Writer, s string)
	{Pkg: "io", Name: "Copy", Writer: 0, Body: 1},                  // Copy(dst Writer, src Reader)
	{Pkg: "io", Name: "CopyN", Writer: 0, Body: 1},                 // CopyN(dst Writer, src Reader, n int64)
	{Pkg: "io", Name: "CopyBuffer", Writer: 0, Body: 1},            // CopyBuffer(dst Writer, src Reader, buf []byte)
	{Pkg: "fmt", Name: "Fprint", Writer: 0, Body: 1, Rest: true},   // Fprint(w io.Writer, a ...any)
	{Pkg: "fmt", Name: "Fprintf", Writer: 0, Body: 1, Rest: true},  // Fprintf(w io.Writer, format string, a ...any)
	{Pkg: "fmt", Name: "Fprintln", Writer: 0, Body: 1, Rest: true}, // Fprintln(w io.Writer, a ...any)
	{Pkg: "encoding/json", Name: "NewEncoder", Writer: 0, Encoder: true},
	{Pkg: "encoding/json", Recv: "Encoder", Name: "Encode", Writer: -1, Body: 0, Encode: true},
	{Pkg: "encoding/xml", Name: "NewEncoder", Writer: 0, Encoder: true},
	{Pkg: "encoding/xml", Recv: "Encoder", Name: "Encode", Writer: -1, Body: 0, Encode: true},
}

// BodyWriters are the types, besides every implementation of
// http.ResponseWriter, whose values write the response body when used as
// an io.Writer: fasthttp's and hertz's request contexts and fiber's Ctx
// have a Write method that appends to the body (fasthttp v1.77.0, hertz
// v0.10.4, fiber v2.52.15).
var BodyWriters = []TypeName{
	{"github.com/valyala/fasthttp", "RequestCtx"},
	{"github.com/cloudwego/hertz/pkg/app", "RequestContext"},
	{"github.com/gofiber/fiber/v2", "Ctx"},
}

// A FormatRow is a body sink of the sink table whose arguments from Rest
// on are formatted into the body as well (gin's c.String(code, format,
// values…) is fmt.Sprintf(format, values…)).
type FormatRow struct {
	Pkg, Recv, Name string
	Rest            int
}

// FormatRows are the formatting body sinks (gin v1.12.0, hertz v0.10.4).
var FormatRows = []FormatRow{
	{"github.com/gin-gonic/gin", "Context", "String", 2},
	{"github.com/cloudwego/hertz/pkg/app", "RequestContext", "String", 2},
}

// FrameworkErrors is what the frameworks do with an error a handler returns, as
// read from their sources.
//
// fiber v2.52.15: a Handler is func(*Ctx) error; App.config.ErrorHandler
// is DefaultErrorHandler unless Config.ErrorHandler is set, and it answers
// c.Status(code).SendString(err.Error()) with code 500, or the Code of a
// *fiber.Error in the chain: a plain error's text is the body.
//
// echo v4.16.0: a HandlerFunc is func(Context) error; the default
// HTTPErrorHandler (used unless Echo.HTTPErrorHandler is set) answers a
// plain error with 500 and {"message": "Internal Server Error"}, and an
// *HTTPError with its Code and {"message": m} for a string Message m, or
// m.Error() for an error Message. With Echo.Debug set it adds
// "error": err.Error() to the body, which for an *HTTPError includes the
// Internal error set by SetInternal or WithInternal.
//
// gin v1.12.0: c.Error(err) and c.AbortWithError(code, err) only record the
// error in c.Errors (AbortWithError writes the status, no body); nothing
// sends it unless the program does.
var FrameworkErrors = struct {
	FiberPkg, FiberCtx, FiberConfig, FiberErrorHandler                         string
	EchoPkg, EchoContext, EchoType, EchoDebug, EchoErrorHandler, EchoHTTPError string
	EchoInternal                                                               []string
}{
	FiberPkg: "github.com/gofiber/fiber/v2", FiberCtx: "Ctx", FiberConfig: "Config", FiberErrorHandler: "ErrorHandler",
	EchoPkg: "github.com/labstack/echo/v4", EchoContext: "Context", EchoType: "Echo", EchoDebug: "Debug",
	EchoErrorHandler: "HTTPErrorHandler", EchoHTTPError: "HTTPError",
	EchoInternal: []string{"SetInternal", "WithInternal"},
}

// EncodeSinks are the names of the sink table's body methods and functions
// that encode their body (JSON, XML, YAML, TOML, protobuf, a renderer)
// rather than write it as text or bytes.
var EncodeSinks = map[string]bool{
	"JSON": true, "IndentedJSON": true, "SecureJSON": true, "JSONP": true, "AsciiJSON": true,
	"PureJSON": true, "AbortWithStatusJSON": true, "AbortWithStatusPureJSON": true,
	"XML": true, "XMLPretty": true, "JSONPretty": true, "YAML": true, "TOML": true,
	"ProtoBuf": true, "Render": true, "DefaultResponder": true, "Negotiate": true,
}
