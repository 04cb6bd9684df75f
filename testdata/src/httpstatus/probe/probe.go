// Package probe holds httpstatus cases for a package whose tests hand the
// code under test values that are no HTTP status, to see what it does with
// them.
package probe

import "net/http"

// Recorder keeps the status a handler wrote.
type Recorder struct {
	http.ResponseWriter
	Status int
}

// WriteHeader keeps code when it is a status and drops it otherwise.
func (r *Recorder) WriteHeader(code int) {
	if code < 100 || code > 599 {
		return
	}
	r.Status = code
	r.ResponseWriter.WriteHeader(code)
}

func handler(w http.ResponseWriter) {
	w.WriteHeader(-1)                            // want `-1 is not an HTTP status`
	_ = &http.Response{StatusCode: 7}            // want `7 is not an HTTP status`
	w.WriteHeader(http.StatusServiceUnavailable) // right: documented by its class
}
