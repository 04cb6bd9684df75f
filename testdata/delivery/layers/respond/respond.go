// Package respond wraps apierr: a helper two packages below the handlers.
package respond

import (
	"encoding/json"
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

// JSON answers with a status and v as the body.
func JSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
