// Package httpstatusdefault is checked against the embedded default
// catalog.
package httpstatusdefault

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(http.StatusConflict) // want `status 409 Conflict is not documented in the default catalog`
	w.WriteHeader(http.StatusTooManyRequests)
	w.WriteHeader(http.StatusGatewayTimeout)
}
