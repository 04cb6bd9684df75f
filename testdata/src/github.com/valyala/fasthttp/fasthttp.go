// Package fasthttp is a stub of github.com/valyala/fasthttp for statuslint
// tests: only the signatures the tests need, copied from fasthttp v1.77.0.
// Bodies panic.
package fasthttp

// RequestHandler is a fasthttp handler.
type RequestHandler func(ctx *RequestCtx)

// RequestHeader is a request's header.
type RequestHeader struct{}

// Request is an HTTP request.
type Request struct {
	Header RequestHeader
}

// ResponseHeader is a response's header.
type ResponseHeader struct{}

// StatusCode returns the status.
func (h *ResponseHeader) StatusCode() int { panic("stub") }

// SetStatusCode sets the status.
func (h *ResponseHeader) SetStatusCode(statusCode int) { panic("stub") }

// Set sets a header.
func (h *ResponseHeader) Set(key, value string) { panic("stub") }

// Response is an HTTP response.
type Response struct {
	Header ResponseHeader
}

// StatusCode returns the status.
func (resp *Response) StatusCode() int { panic("stub") }

// SetStatusCode sets the status.
func (resp *Response) SetStatusCode(statusCode int) { panic("stub") }

// SetBodyString sets the body.
func (resp *Response) SetBodyString(body string) { panic("stub") }

// RequestCtx carries one request and its response.
type RequestCtx struct {
	Response Response
	Request  Request
}

// UserValue returns a value stored on the context.
func (ctx *RequestCtx) UserValue(key any) any { panic("stub") }

// SetStatusCode sets the status.
func (ctx *RequestCtx) SetStatusCode(statusCode int) { panic("stub") }

// SetContentType sets the content type.
func (ctx *RequestCtx) SetContentType(contentType string) { panic("stub") }

// Path returns the request path.
func (ctx *RequestCtx) Path() []byte { panic("stub") }

// Error writes msg with statusCode.
func (ctx *RequestCtx) Error(msg string, statusCode int) { panic("stub") }

// Success writes body with a 200 status.
func (ctx *RequestCtx) Success(contentType string, body []byte) { panic("stub") }

// Redirect redirects to uri.
func (ctx *RequestCtx) Redirect(uri string, statusCode int) { panic("stub") }

// RedirectBytes redirects to uri.
func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int) { panic("stub") }

// SetBody sets the body.
func (ctx *RequestCtx) SetBody(body []byte) { panic("stub") }

// SetBodyString sets the body.
func (ctx *RequestCtx) SetBodyString(body string) { panic("stub") }

// Write appends p to the body.
func (ctx *RequestCtx) Write(p []byte) (int, error) { panic("stub") }

// WriteString appends s to the body.
func (ctx *RequestCtx) WriteString(s string) (int, error) { panic("stub") }

// TimeoutError answers 408 with msg.
func (ctx *RequestCtx) TimeoutError(msg string) { panic("stub") }

// TimeoutErrorWithCode answers statusCode with msg.
func (ctx *RequestCtx) TimeoutErrorWithCode(msg string, statusCode int) { panic("stub") }

// TimeoutErrorWithResponse answers with resp.
func (ctx *RequestCtx) TimeoutErrorWithResponse(resp *Response) { panic("stub") }

// HTTP status codes, as fasthttp declares them (untyped constants).
const (
	StatusContinue                      = 100
	StatusSwitchingProtocols            = 101
	StatusProcessing                    = 102
	StatusEarlyHints                    = 103
	StatusOK                            = 200
	StatusCreated                       = 201
	StatusAccepted                      = 202
	StatusNonAuthoritativeInfo          = 203
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

// StatusMessage returns the reason phrase of an HTTP status.
func StatusMessage(statusCode int) string { panic("stub") }
