// Package fiber is a stub of github.com/gofiber/fiber/v3 for statuslint
// tests: only the signatures the tests need, copied from fiber v3.1.0.
// Bodies panic. In v3, Ctx is an interface that DefaultCtx implements.
package fiber

// Map is a shortcut for a JSON object body.
type Map map[string]any

// Handler is a fiber handler.
type Handler = func(Ctx) error

// ErrorHandler turns a handler's error into a response.
type ErrorHandler = func(Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// NewError returns an Error with code and an optional message.
func NewError(code int, message ...string) *Error { panic("stub") }

// NewErrorf returns an Error with code and a formatted message.
func NewErrorf(code int, message ...any) *Error { panic("stub") }

// Config configures an App.
type Config struct {
	ErrorHandler ErrorHandler `json:"-"`
}

// Router registers routes.
type Router interface {
	Get(path string, handler any, handlers ...any) Router
}

// App is the application.
type App struct{}

// New returns an App.
func New(config ...Config) *App { panic("stub") }

// Get registers a GET route.
func (app *App) Get(path string, handler any, handlers ...any) Router { panic("stub") }

// Ctx is the request context.
type Ctx interface {
	Res() Res
	Redirect() *Redirect
	Status(status int) Ctx
	SendStatus(status int) error
	JSON(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Send(body []byte) error
	SendString(body string) error
}

// Res is the response side of a Ctx.
type Res interface {
	Status(status int) Ctx
	SendStatus(status int) error
	JSON(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Send(body []byte) error
	SendString(body string) error
}

// DefaultCtx is the Ctx fiber builds.
type DefaultCtx struct{}

func (c *DefaultCtx) Res() Res                                 { panic("stub") }
func (c *DefaultCtx) Redirect() *Redirect                      { panic("stub") }
func (c *DefaultCtx) Status(status int) Ctx                    { panic("stub") }
func (c *DefaultCtx) SendStatus(status int) error              { panic("stub") }
func (c *DefaultCtx) JSON(data any, ctype ...string) error     { panic("stub") }
func (c *DefaultCtx) SendString(body string) error             { panic("stub") }
func (c *DefaultCtx) JSONP(data any, callback ...string) error { panic("stub") }
func (c *DefaultCtx) XML(data any) error                       { panic("stub") }
func (c *DefaultCtx) Send(body []byte) error                   { panic("stub") }

// Redirect builds a redirect response.
type Redirect struct{}

// Status sets the redirect's status.
func (r *Redirect) Status(code int) *Redirect { panic("stub") }

// To redirects to location.
func (r *Redirect) To(location string) error { panic("stub") }

// Back redirects to the referer, or to fallback.
func (r *Redirect) Back(fallback ...string) error { panic("stub") }

// HTTP status codes, as fiber v3 names them.
const (
	StatusContinue                      = 100
	StatusSwitchingProtocols            = 101
	StatusProcessing                    = 102
	StatusEarlyHints                    = 103
	StatusOK                            = 200
	StatusCreated                       = 201
	StatusAccepted                      = 202
	StatusNonAuthoritativeInformation   = 203
	StatusNoContent                     = 204
	StatusResetContent                  = 205
	StatusPartialContent                = 206
	StatusMultiStatus                   = 207
	StatusAlreadyReported               = 208
	StatusIMUsed                        = 226
	StatusMultipleChoices               = 300
	StatusMovedPermanently              = 301
	StatusFound                         = 302
	StatusSeeOther                      = 303
	StatusNotModified                   = 304
	StatusUseProxy                      = 305
	StatusSwitchProxy                   = 306
	StatusTemporaryRedirect             = 307
	StatusPermanentRedirect             = 308
	StatusBadRequest                    = 400
	StatusUnauthorized                  = 401
	StatusPaymentRequired               = 402
	StatusForbidden                     = 403
	StatusNotFound                      = 404
	StatusMethodNotAllowed              = 405
	StatusNotAcceptable                 = 406
	StatusProxyAuthRequired             = 407
	StatusRequestTimeout                = 408
	StatusConflict                      = 409
	StatusGone                          = 410
	StatusLengthRequired                = 411
	StatusPreconditionFailed            = 412
	StatusRequestEntityTooLarge         = 413
	StatusRequestURITooLong             = 414
	StatusUnsupportedMediaType          = 415
	StatusRequestedRangeNotSatisfiable  = 416
	StatusExpectationFailed             = 417
	StatusTeapot                        = 418
	StatusMisdirectedRequest            = 421
	StatusUnprocessableEntity           = 422
	StatusLocked                        = 423
	StatusFailedDependency              = 424
	StatusTooEarly                      = 425
	StatusUpgradeRequired               = 426
	StatusPreconditionRequired          = 428
	StatusTooManyRequests               = 429
	StatusRequestHeaderFieldsTooLarge   = 431
	StatusUnavailableForLegalReasons    = 451
	StatusInternalServerError           = 500
	StatusNotImplemented                = 501
	StatusBadGateway                    = 502
	StatusServiceUnavailable            = 503
	StatusGatewayTimeout                = 504
	StatusHTTPVersionNotSupported       = 505
	StatusVariantAlsoNegotiates         = 506
	StatusInsufficientStorage           = 507
	StatusLoopDetected                  = 508
	StatusNotExtended                   = 510
	StatusNetworkAuthenticationRequired = 511
)
