// Package echo holds leak5xx's echo cases, under the default error
// handler without Debug.
package echo

import (
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/labstack/echo/v4"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func bodies(c echo.Context) error {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		c.String(500, err.Error())                               // want `error text sent in a 500 Internal Server Error body`
		c.JSONBlob(500, []byte(`{"message":"`+err.Error()+`"}`)) // want `error text sent in a 500 Internal Server Error body`
		fmt.Fprint(c.Response(), err)                            // want `error text sent in a 500 Internal Server Error body`
		c.Response().WriteHeader(500)
		c.Response().Write([]byte(err.Error()))                                                        // want `error text sent in a 500 Internal Server Error body`
		return c.JSON(http.StatusInternalServerError, echo.Map{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
	}
	return nil
}

func httpErrors(c echo.Context) error {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		if c.Param("x") == "" {
			return echo.NewHTTPError(http.StatusInternalServerError, err) // want `error text sent in a 500 Internal Server Error body`
		}
		return echo.NewHTTPError(503, err.Error()) // want `error text sent in a 503 Service Unavailable body`
	}
	return nil
}

func stacks(c echo.Context) error {
	defer func() {
		if r := recover(); r != nil {
			c.String(http.StatusInternalServerError, fmt.Sprintf("panic: %v", r)) // want `recovered panic value sent in a response body`
		}
	}()
	return c.JSON(200, echo.Map{"trace": string(debug.Stack())}) // want `stack trace sent in a response body`
}

// Quiet cases.

func quiet(c echo.Context) error {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		if c.Param("x") == "" {
			return echo.NewHTTPError(http.StatusBadRequest, err.Error()) // a 4xx message is for the client
		}
		if c.Param("y") == "" {
			return echo.NewHTTPError(500, "internal error").SetInternal(err) // Internal is only logged without Debug
		}
		return err // the default handler answers {"message": "Internal Server Error"} without Debug
	}
	return nil
}
