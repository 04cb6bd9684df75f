// Package echo holds httpstatus cases for echo handlers.
package echo

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	fake "httpstatus/lookalike/echo"
)

func handlers(c echo.Context, f fake.Context) error {
	_ = c.NoContent(204)                                              // want `raw status 204 No Content: use http.StatusNoContent`
	_ = c.String(200, "")                                             // want `raw status 200 OK: use http.StatusOK`
	_ = c.HTML(200, "")                                               // want `raw status 200 OK: use http.StatusOK`
	_ = c.HTMLBlob(200, nil)                                          // want `raw status 200 OK: use http.StatusOK`
	_ = c.JSON(404, nil)                                              // want `raw status 404 Not Found: use http.StatusNotFound`
	_ = c.JSONPretty(409, nil, " ")                                   // want `raw status 409 Conflict: use http.StatusConflict` `status 409 Conflict is not documented`
	_ = c.JSONBlob(400, nil)                                          // want `raw status 400 Bad Request: use http.StatusBadRequest`
	_ = c.JSONP(200, "cb", nil)                                       // want `raw status 200 OK: use http.StatusOK`
	_ = c.JSONPBlob(200, "cb", nil)                                   // want `raw status 200 OK: use http.StatusOK`
	_ = c.XML(200, nil)                                               // want `raw status 200 OK: use http.StatusOK`
	_ = c.XMLPretty(200, nil, " ")                                    // want `raw status 200 OK: use http.StatusOK`
	_ = c.XMLBlob(200, nil)                                           // want `raw status 200 OK: use http.StatusOK`
	_ = c.Blob(200, "x", nil)                                         // want `raw status 200 OK: use http.StatusOK`
	_ = c.Stream(200, "x", strings.NewReader(""))                     // want `raw status 200 OK: use http.StatusOK`
	_ = c.Redirect(301, "/")                                          // want `raw status 301 Moved Permanently: use http.StatusMovedPermanently` `status 301 Moved Permanently is not documented`
	_ = c.Render(200, "t", nil)                                       // want `raw status 200 OK: use http.StatusOK`
	_ = c.JSON(http.StatusUnprocessableEntity, nil)                   // want `status 422 Unprocessable Content is not documented`
	c.Response().WriteHeader(401)                                     // want `raw status 401 Unauthorized: use http.StatusUnauthorized`
	_ = echo.NewHTTPError(403, "no")                                  // right: discarded, never reaches echo
	_ = &echo.HTTPError{Code: 418, Message: "teapot"}                 // right: discarded, never reaches echo
	if he, ok := error(nil).(*echo.HTTPError); ok && he.Code == 404 { // want `raw status 404 Not Found: use http.StatusNotFound`
		return he
	}

	// Right name, wrong package.
	_ = f.JSON(404, nil)
	_ = f.NoContent(409)
	_ = fake.NewHTTPError(409)
	// A status field of another kind: echo.Response.Status is no sink row.
	c.Response().Status = 404
	return nil
}
