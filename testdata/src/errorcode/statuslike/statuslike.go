// Package statuslike holds cases for an API whose error codes are HTTP
// statuses (TestStatusLikeCodes documents 400, 404 and 500).
package statuslike

import (
	"encoding/json"
	"net/http"
)

// APIError is the error body; its code is an HTTP status.
type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func handler(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(APIError{Code: http.StatusNotFound, Message: "not found"}) // want `error code 404 sent with status 200 OK \(no WriteHeader before this write\)`
	_ = json.NewEncoder(w).Encode(APIError{Code: http.StatusTeapot, Message: "x"})           // want `error code 418 is not documented in docs/api.md \(nearest: 404 not found; category 4xx\)`
	_ = json.NewEncoder(w).Encode(APIError{Code: http.StatusOK, Message: "API is healthy."}) // right: a success envelope's code
	_ = json.NewEncoder(w).Encode(APIError{Code: 302, Message: "moved"})                     // right: below 400, not an error code
}
