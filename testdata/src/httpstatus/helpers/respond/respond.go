// Package respond is a package of response helpers that other packages
// call: its parameters reach status sinks, so its callers' arguments are
// checked as if they were the sinks' own.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v with the status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Fail answers with code through JSON: a helper two deep.
func Fail(w http.ResponseWriter, code int, err error) {
	JSON(w, code, map[string]string{"message": err.Error()})
}

// Status is a status of the API's own type.
type Status int

// Typed writes a status of type Status, converted.
func Typed(w http.ResponseWriter, s Status) {
	w.WriteHeader(int(s))
}

// Orelse answers with code, or 500 when it is 0: the parameter is
// written, yet it still reaches the sink.
func Orelse(w http.ResponseWriter, code int) {
	if code == 0 {
		code = http.StatusInternalServerError
	}
	w.WriteHeader(code)
}

// Responder sends statuses through a method.
type Responder struct{ W http.ResponseWriter }

// Send writes the status.
func (r *Responder) Send(status int) { r.W.WriteHeader(status) }

// Generic writes v with the status, whatever v's type.
func Generic[T any](w http.ResponseWriter, status int, v T) {
	JSON(w, status, v)
}

// Handler returns a handler that always answers with code.
func Handler(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(code)
	}
}

// Expect reports whether resp has the status want: a read.
func Expect(resp *http.Response, want int) bool {
	return resp.StatusCode == want
}

// Log records a status without sending it: not a sink.
func Log(status int) int { return status + 0 }

// Retries takes a count, not a status: not a sink.
func Retries(w http.ResponseWriter, n int) {
	for i := 0; i < n; i++ {
		w.Header().Add("X-Retry", "1")
	}
}
