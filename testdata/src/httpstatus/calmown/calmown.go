// Package calmown declares its own constant for a status no library names.
package calmown

import "net/http"

// StatusCalm is the API's rate-limit status.
const StatusCalm = 420

func handler(w http.ResponseWriter) {
	w.WriteHeader(420) // want `raw status 420: use StatusCalm`
}

func shadowed(w http.ResponseWriter) {
	StatusCalm := 1
	_ = StatusCalm
	w.WriteHeader(420) // want `raw status 420: use its named constant`
}
