// Package echo5 holds the cases of echo v5, whose Context is a struct:
// its sinks, its HTTPError on the error path, and the fixes to echo's
// statuses.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func handler(c *echo.Context, which int) error {
	switch which {
	case 0:
		return c.JSON(404, nil) // want `raw status 404 Not Found: use http.StatusNotFound`
	case 1:
		return c.NoContent(http.StatusConflict) // want `status 409 Conflict is not documented`
	case 2:
		return c.Redirect(http.StatusFound, "/") // want `status 302 Found is not documented`
	case 3:
		c.Response().WriteHeader(http.StatusTeapot) // want `status 418 I'm a teapot is not documented`
	case 4:
		return echo.NewHTTPError(http.StatusConflict, "conflict") // want `status 409 Conflict is not documented`
	case 5:
		return &echo.HTTPError{Code: http.StatusGone} // want `status 410 Gone is not documented`
	}
	// Negatives: a discarded error, a status only read.
	_ = echo.NewHTTPError(http.StatusConflict, "discarded")
	if he, ok := error(nil).(*echo.HTTPError); ok && he.StatusCode() >= 500 {
		return nil
	}
	return c.String(http.StatusOK, "ok")
}
