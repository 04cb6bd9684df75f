// Package echo is a stub of github.com/labstack/echo/v4 (v4.16.0's
// signatures) for the delivery tests: the framework error a fact follows.
package echo

// HTTPError is an error carrying a status.
type HTTPError struct {
	Code    int
	Message any
}

// Error returns the error's text.
func (he *HTTPError) Error() string { return "" }

// NewHTTPError returns an HTTPError with code and an optional message.
func NewHTTPError(code int, message ...any) *HTTPError { return &HTTPError{Code: code} }
