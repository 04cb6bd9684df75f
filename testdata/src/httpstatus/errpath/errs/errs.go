// Package errs holds the helpers of the error-path cases: a framework
// error value counts where it can reach the framework, in this package or
// in the packages that call these helpers.
package errs

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Teapot returns echo's error: handlers return its result.
func Teapot() error {
	return echo.NewHTTPError(http.StatusTeapot, "teapot") // want `status 418 I'm a teapot is not documented`
}

// ErrGone may be returned by any package.
var ErrGone = echo.NewHTTPError(http.StatusGone, "gone") // want `status 410 Gone is not documented`

// errLogged is only logged: it never reaches echo.
var errLogged = echo.NewHTTPError(http.StatusConflict, "logged")

// Fail hands err to echo's error handler.
func Fail(c echo.Context, err error) { c.Error(err) }

// Message reads an error's text; it answers nothing.
func Message(err error) string { return err.Error() }

// Logged is a negative: errLogged goes to Message only.
func Logged() string { return Message(errLogged) }

// Exchange returns its error beside a value: whether it is sent is up to
// its callers (one renders a page, one returns it to echo).
func Exchange(token string) (string, error) {
	return "", echo.NewHTTPError(http.StatusConflict, "exchange failed") // reported where a handler returns it
}

// Pass gives its first error back; the others it only reads.
func Pass(err error, others ...error) error {
	for _, o := range others {
		_ = o.Error()
	}
	return err
}

// Describe returns a new error with err's text: err itself goes nowhere.
func Describe(err error) error { return echo.NewHTTPError(http.StatusOK, err.Error()) }
