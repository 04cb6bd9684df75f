// Package echo is not github.com/labstack/echo/v4: the right names in the
// wrong package.
package echo

// Context has echo's method names.
type Context interface {
	JSON(code int, i any) error
	NoContent(code int) error
}

// NewHTTPError is not echo's.
func NewHTTPError(code int, message ...any) error { return nil }
