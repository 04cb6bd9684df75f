// Package oauth holds errorcode cases for codes in a field named "error"
// (OAuth 2.0).
package oauth

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// TokenError is the OAuth 2.0 error body.
type TokenError struct {
	Error       string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

// Status is a status object whose code is its reason.
type Status struct {
	Kind    string `json:"kind"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

func token(c *gin.Context) {
	c.JSON(http.StatusBadRequest, TokenError{Error: "invalid_requets", Description: "x"}) // want `error code "invalid_requets" is not documented in docs/oauth.md \(nearest: invalid_request the request is malformed\)`
	c.JSON(http.StatusBadRequest, TokenError{Error: "invalid_client", Description: "x"})  // want `error code "invalid_client" is documented with 401 Unauthorized, sent with 400 Bad Request`
	c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant", "error_description": "expired"})
	c.JSON(http.StatusBadRequest, Status{Kind: "Status", Reason: "Gone", Message: "x"}) // right: not the OAuth shape
}
