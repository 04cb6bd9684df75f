// Package gin holds errorcode cases for gin handlers, and the fixes that
// use the module's named codes.
package gin

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"errorcode/codes"
)

// Response is the package's error body, with a typed code.
type Response struct {
	Code    codes.Code `json:"code"`
	Message string     `json:"message"`
	Data    any        `json:"data,omitempty"`
}

// Login is a request payload: it is bound, never sent.
type Login struct {
	Code    int    `json:"code" binding:"required"`
	Message string `json:"message"`
}

func routes(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"code": 10099, "message": "x"})                        // want `error code 10099 is not documented in docs/status-codes.md`
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"message": "x", "code": 7})           // want `error code 7 is not documented`
	c.JSON(http.StatusNotFound, Response{Code: 10042, Message: "unknown user"})              // want `error code 10042 is not documented`
	c.JSON(http.StatusUnauthorized, &Response{Code: 40060, Message: "Missing access token"}) // want `error code 40060 is not documented`
	c.JSON(http.StatusNotFound, gin.H{"code": 10001, "message": "unknown user"})             // want `raw error code 10001: use codes.UnknownUser`
	c.JSON(http.StatusNotFound, Response{Code: 10001, Message: "unknown user"})              // want `raw error code 10001: use codes.UnknownUser`
	c.JSON(http.StatusBadRequest, Response{Code: 0, Message: "general error"})               // want `raw error code 0: use codes.General`

	// Negatives: named codes, bound payloads, logs, other maps.
	c.JSON(http.StatusNotFound, Response{Code: codes.UnknownUser, Message: "unknown user"})
	c.JSON(http.StatusBadRequest, gin.H{"code": codes.MissingAuth, "message": "missing access token"})
	c.JSON(http.StatusBadRequest, gin.H{"code": 40001, "message": "blacklisted"}) // right: no constant names 40001
	var in Login
	_ = c.ShouldBindJSON(&in)
	slog.Info("failed", "body", gin.H{"code": 99999, "message": "logged"}) // right: a log call
	c.JSON(http.StatusOK, gin.H{"items": []int{99999}, "total": 99999})    // right: not an error body

	// The HTTP status repeated in the body, and codes of other kinds.
	c.JSON(http.StatusNotFound, gin.H{"code": 404, "message": "not found"})                       // right: the status echoed
	c.JSON(http.StatusBadRequest, gin.H{"code": http.StatusBadRequest, "message": "bad request"}) // right: an http.Status constant
	c.JSON(http.StatusConflict, gin.H{"code": 404, "message": "not found"})                       // want `error code 404 is not documented`
	c.JSON(http.StatusOK, gin.H{"code": "EUR", "message": "priced in euros"})                     // right: a currency, and the catalog's codes are numbers
}
