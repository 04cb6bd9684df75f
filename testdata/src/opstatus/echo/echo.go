// Package echo registers handlers with echo, on the router and a group.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func routes(e *echo.Echo) {
	g := e.Group("/api/v1")
	g.POST("/orders", placeOrder)
	e.GET("/users/:id", getUser)
	e.POST("/users", createUser)
}

func placeOrder(c echo.Context) error { // want placeOrder:`answers\(409\)`
	return echo.NewHTTPError(http.StatusConflict, "shipped") // want `status 409 Conflict is not documented for POST /orders in .*orders\.json:24`
}

func getUser(c echo.Context) error { // want getUser:`answers\(200\)`
	return c.JSON(http.StatusOK, nil)
}

// createUser answers 200 where POST /users documents 201 alone among its
// successes: the fix writes 201, as a literal since the status is one.
func createUser(c echo.Context) error { // want createUser:`answers\(200\)`
	return c.JSON(200, nil) // want `status 200 OK is not documented for POST /users in .*users\.yaml:21 \(documented: 201, 400 and 409\)`
}
