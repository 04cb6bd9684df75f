// Package echodebug turns echo's Debug on: the default error handler then
// sends err.Error(), with an HTTPError's Internal error.
package echodebug

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func Serve() {
	e := echo.New()
	e.Debug = true
	e.GET("/", func(c echo.Context) error {
		if _, err := users.Find(c.Param("id")); err != nil {
			return err // want `error text sent in a 500 Internal Server Error body by echo's default error handler with Debug on`
		}
		return nil
	})
	e.GET("/b", get)
}

func get(c echo.Context) error {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		if c.Param("x") == "" {
			return echo.NewHTTPError(http.StatusBadRequest, "bad id").SetInternal(err) // a 4xx: the client's to read
		}
		return echo.NewHTTPError(500, "internal error").SetInternal(err) // want `error text sent in a 500 Internal Server Error body by echo's default error handler with Debug on`
	}
	return c.JSON(200, echo.Map{"id": "x"})
}
