// Package pairing holds errorcode cases for integer codes that the
// catalog pairs with a status (| 404 | 10001 | unknown user |): a body
// sent with another known status is error-code-status.
package pairing

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func handler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "conflict":
		writeJSON(w, http.StatusConflict, apiError{Code: 10001, Message: "unknown user"}) // want `error code 10001 is documented with 404 Not Found, sent with 409 Conflict`
	case "literal":
		writeJSON(w, 400, apiError{Code: 10001, Message: "unknown user"}) // want `error code 10001 is documented with 404 Not Found, sent with 400 Bad Request`
	case "right":
		writeJSON(w, http.StatusNotFound, apiError{Code: 10001, Message: "unknown user"}) // right: the documented status
	case "unpaired":
		writeJSON(w, http.StatusTeapot, apiError{Code: 10003, Message: "odd"}) // right: the catalog gives 10003 no status
	}
}

func ginHandler(c *gin.Context, status int) {
	c.JSON(http.StatusUnprocessableEntity, gin.H{"code": 10002, "message": "bad input"}) // want `error code 10002 is documented with 400 Bad Request, sent with 422 Unprocessable Content`
	c.JSON(http.StatusBadRequest, gin.H{"code": 10002, "message": "bad input"})          // right: the documented status
	c.JSON(status, gin.H{"code": 10002, "message": "bad input"})                         // right: a status not known here
}
