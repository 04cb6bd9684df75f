// Package api answers with the status of apierrors' errors: the field
// HTTPStatus reaches WriteHeader here, so the constructors' calls that
// set it are sites here.
package api

import (
	"encoding/json"
	"log"
	"net/http"

	"httpstatus/reach/apierrors"
)

func sendJSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// HandleResponseError sends an error's status.
func HandleResponseError(err error, w http.ResponseWriter) {
	switch e := err.(type) {
	case *apierrors.HTTPError:
		sendJSON(w, e.HTTPStatus, e)
	default:
		sendJSON(w, http.StatusInternalServerError, nil)
	}
}

func create(name string) error {
	if name == "" {
		return apierrors.NewBadRequestError("empty", "no name") // right: 400 is documented
	}
	if name == "taken" {
		return apierrors.NewConflictError("taken", "name taken") // want `status 409 Conflict is not documented in docs/status-codes.md \(HTTPStatus set by NewConflictError at apierrors.go:\d+, reaches sendJSON at api.go:\d+\)`
	}
	if name == "old" {
		return apierrors.NewHTTPError(http.StatusGone, "old", "gone") // want `status 410 Gone is not documented in docs/status-codes.md \(reaches sendJSON at api.go:\d+\)`
	}
	if name == "gone" {
		return apierrors.Gone() // want `status 410 Gone is not documented in docs/status-codes.md \(HTTPStatus set by Gone at apierrors.go:\d+, reaches sendJSON at api.go:\d+\)`
	}
	if name == "locked" {
		return apierrors.Locked() // want `status 423 Locked is not documented in docs/status-codes.md \(HTTPStatus set by Locked at apierrors.go:\d+, reaches sendJSON at api.go:\d+\)`
	}
	return apierrors.NewLevel(http.StatusGone) // right: Level is never sent
}

// local has a field of the same name that is never sent.
type local struct{ HTTPStatus int }

func (l local) log() { log.Println(l.HTTPStatus) }

var notSent = local{HTTPStatus: http.StatusGone} // right name, wrong type

// Queue sends on channels of its own, of the same names as the ones
// Drain receives from.
func Queue(codes chan int, pairs chan int) {
	codes <- http.StatusConflict // right: a parameter, not the package's channel
	pairs <- http.StatusGone     // right: a parameter, not the package's channel
}

var (
	codes   = make(chan int)
	pairs   = make(chan int)
	logged  = make(chan int)
	written = make(chan int)
)

func queue() {
	codes <- http.StatusConflict   // want `status 409 Conflict is not documented in docs/status-codes.md \(reaches WriteHeader at api.go:\d+\)`
	pairs <- http.StatusGone       // want `status 410 Gone is not documented in docs/status-codes.md \(reaches WriteHeader at api.go:\d+\)`
	logged <- http.StatusGone      // right: its receiver only logs
	written <- http.StatusConflict // right: the value received is replaced before it is sent
}

// Drain sends what it receives, ranging over one channel and receiving
// two values from another.
func Drain(w http.ResponseWriter) {
	for code := range codes {
		w.WriteHeader(code)
	}
	if code, ok := <-pairs; ok {
		w.WriteHeader(code)
	}
	for code := range logged {
		log.Println(code)
	}
	for code := range written {
		code = http.StatusOK
		w.WriteHeader(code)
	}
	for _, code := range []int{http.StatusGone} { // right: a slice, not a channel; the value is not followed
		log.Println(code)
	}
}

// lookups send entries of apierrors' map.
func lookups(w http.ResponseWriter, k string) {
	w.WriteHeader(apierrors.StatusByName["conflict"]) // want `status 409 Conflict is not documented in docs/status-codes.md \(the entry of StatusByName at apierrors.go:\d+\)`
	w.WriteHeader(apierrors.StatusByName["missing"])  // right: 404 is documented
	w.WriteHeader(apierrors.StatusByName[k])          // right: a key known at run time
	log.Println(apierrors.StatusByName["conflict"])   // right: logged, not sent
}
