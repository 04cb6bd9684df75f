// Package httpstatusnohttp is checked against a catalog with no HTTP
// section: raw literals and invalid values are still findings, an
// undocumented status is not.
package httpstatusnohttp

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(http.StatusConflict)
	w.WriteHeader(409) // want `raw status 409 Conflict: use http.StatusConflict`
	w.WriteHeader(0)   // want `0 is not an HTTP status`
}
