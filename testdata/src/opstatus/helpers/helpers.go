// Package helpers answers for the handlers of the other opstatus cases.
package helpers

import (
	"encoding/json"
	"errors"
	"net/http"
)

// ErrNotFound is what a store returns for a missing record.
var ErrNotFound = errors.New("not found")

// WriteJSON answers with the caller's status: it answers none of its own.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// NotFound answers one status, which its callers answer through it.
func NotFound(w http.ResponseWriter) { // want NotFound:`answers\(404\)`
	WriteJSON(w, http.StatusNotFound, map[string]string{"message": "not found"})
}

// Fail is a shared error handler: it answers a status per error, so its
// statuses are not its callers'.
func Fail(w http.ResponseWriter, err error) { // want Fail:`answers\(404, 500\)`
	if errors.Is(err, ErrNotFound) {
		WriteJSON(w, http.StatusNotFound, nil)
		return
	}
	WriteJSON(w, http.StatusInternalServerError, nil)
}

// Status answers whatever its caller computed: it is open.
func Status(w http.ResponseWriter, codes map[string]int, key string) { // want Status:`answers\(…\)`
	w.WriteHeader(codes[key])
}
