// Package echo holds errorcode cases for echo handlers.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// ErrorBody is the package's error body.
type ErrorBody struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func handler(c echo.Context) error {
	if c.Param("id") == "" {
		return c.JSON(http.StatusBadRequest, echo.Map{"code": 50099, "message": "x"}) // want `error code 50099 is not documented in docs/status-codes.md \(nearest: 50008 invalid ip for the mfa code; category 5xxxx\)`
	}
	if c.Param("v") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, ErrorBody{Code: 40077, Message: "x"}) // want `error code 40077 is not documented`
	}
	if c.Param("w") == "" {
		return c.JSONPretty(http.StatusNotFound, &ErrorBody{Code: 10001, Message: "unknown user"}, "  ")
	}
	// echo's own HTTPError: its Code is the HTTP status, not an error code.
	return &echo.HTTPError{Code: 499, Message: "x"}
}

func bind(c echo.Context) error {
	var in ErrorBody
	if err := c.Bind(&in); err != nil { // right: decoding a request
		return err
	}
	return c.JSON(http.StatusOK, echo.Map{"code": in.Code, "message": "echo"}) // right: not a constant
}
