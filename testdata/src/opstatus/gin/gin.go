// Package gin registers handlers with gin under nested groups.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func routes() {
	r := gin.Default()
	v1 := r.Group("/api/v1")
	orders := v1.Group("/orders")
	orders.GET("/:orderID", auth, getOrder) // the last handler is the handler; auth is middleware
	orders.PUT("/:orderID", replaceOrder)
}

// auth answers 401 for every route it guards: it is no operation's handler.
func auth(c *gin.Context) { // want auth:`answers\(401\)`
	c.AbortWithStatus(http.StatusUnauthorized)
}

func getOrder(c *gin.Context) { // want getOrder:`answers\(200, 429\)`
	c.JSON(http.StatusOK, nil)
	c.JSON(http.StatusTooManyRequests, nil) // want `status 429 Too Many Requests is not documented for GET /orders/\{orderID\}`
}

func replaceOrder(c *gin.Context) { // want replaceOrder:`answers\(409\)`
	c.JSON(-1, nil) // keeps the status already set: no status
	c.Status(http.StatusConflict)
}
