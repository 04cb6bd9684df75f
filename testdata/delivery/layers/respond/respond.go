// Package respond wraps apierr: a helper two packages below the handlers.
package respond

import (
	"net/http"

	"example.com/layers/apierr"
)

// NotFound answers 404 with an error code.
func NotFound(w http.ResponseWriter, code int) {
	apierr.Write(w, http.StatusNotFound, code, "unknown item")
}

// Status answers with a status and no body.
func Status(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
}
