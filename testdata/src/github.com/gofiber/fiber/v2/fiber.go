// Package fiber is a stub of github.com/gofiber/fiber/v2 for statuslint
// tests: only the signatures the tests need, copied from fiber v2.52.15.
// Bodies panic.
package fiber

// Map is a shortcut for a JSON object body.
type Map map[string]interface{}

// Handler is a fiber handler.
type Handler = func(*Ctx) error

// ErrorHandler turns a handler's error into a response.
type ErrorHandler = func(*Ctx, error) error

// Error is an error carrying a status.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// NewError returns an Error with code and an optional message.
func NewError(code int, message ...string) *Error { panic("stub") }

// Config configures an App.
type Config struct {
	ErrorHandler ErrorHandler `json:"-"`
}

// Router registers routes.
type Router interface {
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// App is the router.
type App struct{}

// New returns an App.
func New(config ...Config) *App { panic("stub") }

// Get registers a GET handler.
func (app *App) Get(path string, handlers ...Handler) Router { panic("stub") }

// Post registers a POST handler.
func (app *App) Post(path string, handlers ...Handler) Router { panic("stub") }

// Ctx carries one request and its response.
type Ctx struct{}

// JSON writes data as JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { panic("stub") }

// JSONP writes data as JSON with a callback.
func (c *Ctx) JSONP(data interface{}, callback ...string) error { panic("stub") }

// XML writes data as XML.
func (c *Ctx) XML(data interface{}) error { panic("stub") }

// Next calls the next handler.
func (c *Ctx) Next() error { panic("stub") }

// Params returns a path parameter.
func (c *Ctx) Params(key string, defaultValue ...string) string { panic("stub") }

// Redirect redirects to location with an optional status.
func (c *Ctx) Redirect(location string, status ...int) error { panic("stub") }

// RedirectToRoute redirects to a named route with an optional status.
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { panic("stub") }

// RedirectBack redirects to the referer or fallback with an optional status.
func (c *Ctx) RedirectBack(fallback string, status ...int) error { panic("stub") }

// Send writes body.
func (c *Ctx) Send(body []byte) error { panic("stub") }

// SendStatus sets the status and writes its text when the body is empty.
func (c *Ctx) SendStatus(status int) error { panic("stub") }

// SendString writes body.
func (c *Ctx) SendString(body string) error { panic("stub") }

// Set sets a response header.
func (c *Ctx) Set(key, val string) { panic("stub") }

// Status sets the status.
func (c *Ctx) Status(status int) *Ctx { panic("stub") }

// HTTP status codes, as fiber declares them (untyped constants).
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

// Write appends p to the response body.
func (c *Ctx) Write(p []byte) (int, error) { panic("stub") }
