// Package centrifuge is a library: it declares its protocol's error codes
// for the applications that use it, and sends none of them itself. The
// declarations are not the API's answers, so they are not reported where
// they are declared.
package centrifuge

import (
	"encoding/json"
	"net/http"
)

// Error is the library's error, in the shape of an error body.
type Error struct {
	Code    uint32 `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// The library's errors.
var (
	ErrorInternal     = &Error{Code: 100, Message: "internal server error"} // right: declared, never sent here
	ErrorUnauthorized = &Error{Code: 101, Message: "unauthorized"}          // right: declared, never sent here
	ErrorLimit        = Error{Code: 106, Message: "limit exceeded"}         // right: declared, never sent here
)

// Disconnect is another struct of the library with a code.
type Disconnect struct {
	Code   uint32 `json:"code"`
	Reason string `json:"reason"`
}

// DisconnectNormal is declared for the applications' use.
var DisconnectNormal = Disconnect{Code: 3000, Reason: "normal"}

// errorBadRequest is the one error the library answers with itself.
var errorBadRequest = &Error{Code: 107, Message: "bad request"} // want `error code 107 is not documented`

// Reject answers with errorBadRequest: that declaration reaches the
// response, the others do not.
func Reject(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(errorBadRequest)
}
