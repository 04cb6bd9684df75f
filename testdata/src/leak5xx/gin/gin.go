// Package gin holds leak5xx's gin cases.
package gin

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func bodies(c *gin.Context) {
	_, err := users.Find(c.Param("id"))
	if err == nil {
		return
	}
	c.JSON(http.StatusInternalServerError, gin.H{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
	c.String(500, "failed: %v", err)                                                     // want `error text sent in a 500 Internal Server Error body`
	c.String(500, err.Error())                                                           // want `error text sent in a 500 Internal Server Error body`
	c.Data(503, "text/plain", []byte(err.Error()))                                       // want `error text sent in a 503 Service Unavailable body`
	c.AbortWithStatusJSON(500, gin.H{"message": fmt.Sprint(err), "report": "r"})         // want `error text sent in a 500 Internal Server Error body`
	c.IndentedJSON(502, gin.H{"message": "bad gateway: " + err.Error(), "report": "r"})  // want `error text sent in a 502 Bad Gateway body`
	c.Status(500)
	c.Writer.Write([]byte(err.Error())) // want `error text sent in a 500 Internal Server Error body`
}

func shape(c *gin.Context) {
	c.JSON(500, gin.H{"message": "Internal Server Error"}) // want `500 Internal Server Error body \{message\} is not the 5xx body docs/status-codes.md documents: \{message, report\}`
	c.JSON(500, gin.H{"message": "Internal Server Error", "report": newID()})
	c.JSON(404, gin.H{"message": "not found"}) // a 4xx body has its own shape (errorcode's)
}

func newID() string { return "id" }

func recovered(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			c.JSON(500, gin.H{"message": r, "report": "r"}) // want `recovered panic value sent in a response body`
		}
	}()
	c.String(200, "%s", debug.Stack()) // want `stack trace sent in a response body`
}

// Quiet cases.

func recorded(c *gin.Context) {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		c.AbortWithError(500, err) // gin only records the error: no body
		c.Error(err)
		return
	}
}

func clientErrors(c *gin.Context) {
	var req struct{ Name string }
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		c.String(400, "bad: %v", err)
		return
	}
}

func logged(c *gin.Context) {
	if _, err := users.Find(c.Param("id")); err != nil {
		log.Printf("find: %v", err)
		c.JSON(500, gin.H{"message": http.StatusText(500), "report": newID()})
	}
}

func errorValue(c *gin.Context) {
	_, err := users.Find(c.Param("id"))
	c.JSON(500, gin.H{"message": "Internal Server Error", "report": "r", "cause": err}) // want `body \{message, report, cause\} is not the 5xx body`
	c.JSON(500, gin.H{"message": "Internal Server Error", "report": errors.Unwrap(nil)})
}
