// Package plainapi sends the HTTPStatus of plainerrs' errors, so the calls
// of plainerrs' constructors are sites here, although plainerrs itself
// refers to nothing that writes a response.
package plainapi

import (
	"encoding/json"
	"net/http"

	"httpstatus/reach/plainerrs"
)

func send(w http.ResponseWriter, err error) {
	if e, ok := err.(*plainerrs.Err); ok {
		w.WriteHeader(e.HTTPStatus)
		_ = json.NewEncoder(w).Encode(e)
		return
	}
	w.WriteHeader(http.StatusBadRequest)
}

func brew(w http.ResponseWriter) {
	send(w, plainerrs.Teapot()) // want `status 418 I'm a teapot is not documented in docs/status-codes.md \(HTTPStatus set by Teapot at plainerrs.go:\d+`
}

func ask(w http.ResponseWriter) {
	send(w, plainerrs.Plain()) // right: 400 is documented
}
