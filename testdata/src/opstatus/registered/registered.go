// Package registered registers routes in functions that are given the
// router: chi's Route with a named function, a gin group passed to a
// function of the package.
package registered

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func routes() {
	r := chi.NewRouter()
	r.Route("/users", userRoutes)

	e := gin.Default()
	v1 := e.Group("/api/v1")
	registerOrders(v1)
}

func userRoutes(r chi.Router) {
	r.Post("/", createUser) // POST /users
}

func registerOrders(g *gin.RouterGroup) {
	g.GET("/orders/:orderID", getOrder) // GET /api/v1/orders/{orderID}
}

func createUser(w http.ResponseWriter, r *http.Request) { // want createUser:`answers\(418\)`
	w.WriteHeader(http.StatusTeapot) // want `status 418 I'm a teapot is not documented for POST /users in .*users\.yaml:21`
}

func getOrder(c *gin.Context) { // want getOrder:`answers\(410\)`
	c.Status(http.StatusGone) // want `status 410 Gone is not documented for GET /orders/\{orderID\} in .*orders\.json:7`
}
