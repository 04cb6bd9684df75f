// want package:"leakhelpers"

// Package api calls the helpers of package respond, and helpers of its own.
package api

import (
	"net/http"

	"leak5xx/helpers/respond"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

// writeJSON is a helper of this package, over another package's helper.
func writeJSON(w http.ResponseWriter, status int, v any) { // want writeJSON:`leaks\(2:body-encoded@param1\)`
	respond.JSON(w, status, v)
}

// fail is two helpers deep.
func fail(w http.ResponseWriter, code int, err error) { // want fail:`leaks\(2:body-text-encoded@param1, \{message,report\}@param1\)`
	writeJSON(w, code, map[string]string{"message": err.Error(), "report": "r"})
}

const statusBadGateway = 502

func get(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find(r.URL.Path)
	if err == nil {
		return
	}
	respond.Fail(w, http.StatusInternalServerError, err) // want `error text sent in a 500 Internal Server Error body by Fail`
	fail(w, 503, err)                                    // want `error text sent in a 503 Service Unavailable body by fail`
	msg := err.Error()
	writeJSON(w, statusBadGateway, map[string]string{"message": msg})                        // want `error text sent in a 502 Bad Gateway body by writeJSON` `502 Bad Gateway body \{message\} is not the 5xx body`
	respond.JSON(w, 500, map[string]string{"message": respond.Describe(err), "report": "r"}) // want `error text sent in a 500 Internal Server Error body by JSON`
	w.WriteHeader(http.StatusInternalServerError)
	respond.Text(w, respond.Describe(err)) // want `error text sent in a 500 Internal Server Error body by Text`
}

// plain writes the error's text itself: the fix calls the module's
// documented-shape helper, named with -helper.
func plain(w http.ResponseWriter, r *http.Request) {
	if _, err := users.Find(r.URL.Path); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `error text sent in a 500 Internal Server Error body`
	}
}

// orDefault reassigns its status parameter: what it writes is not the
// caller's status any more.
func orDefault(w http.ResponseWriter, code int, err error) { // want orDefault:`leaks\(2:body-text@unknown\)`
	if code == 0 {
		code = http.StatusInternalServerError
	}
	http.Error(w, err.Error(), code)
}

// problems writes a body of the wrong shape through a helper, whose
// status the call gives.
func problems(w http.ResponseWriter) {
	respond.Problem(w, http.StatusServiceUnavailable, "try later") // want `503 Service Unavailable body \{title\} written by Problem is not the 5xx body docs/status-codes.md documents: \{message, report\}`
	respond.Problem(w, http.StatusConflict, "exists")              // a 4xx body: errorcode's
}

// Quiet cases.

func quiet(w http.ResponseWriter, r *http.Request) { // want quiet:`leaks\(1:body-encoded@500\)`
	_, err := users.Find(r.URL.Path)
	if err == nil {
		return
	}
	respond.Fail(w, http.StatusBadRequest, err) // a 4xx message is for the client
	fail(w, 422, err)
	respond.JSON(w, 500, map[string]string{"message": respond.Sanitize(err).Error(), "report": "r"})
	respond.Internal(w, r, err) // the documented body, the error logged
}

func noStatus(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find(r.URL.Path)
	respond.Text(w, respond.Describe(err)) // no status set on this path
}
