// Package reason holds errorcode cases for codes in a field named
// "reason", as status objects carry them.
package reason

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Status is a status object whose code is its reason.
type Status struct {
	Kind    string `json:"kind"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

// TokenError is another API's body.
type TokenError struct {
	Error       string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

func status(c *gin.Context) {
	c.JSON(http.StatusNotFound, Status{Kind: "Status", Reason: "NotFund", Message: "x"}) // want `error code "NotFund" is not documented in docs/status.md \(nearest: NotFound the resource does not exist\)`
	c.JSON(http.StatusNotFound, Status{Kind: "Status", Reason: "NotFound", Message: "x"})
	c.JSON(http.StatusBadRequest, TokenError{Error: "invalid_requets"}) // right: not the status-object shape
}
