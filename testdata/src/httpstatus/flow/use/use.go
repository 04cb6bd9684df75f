// Package use writes apierr's fields and calls its identity method: the
// facts of apierr make these writes sites here.
package use

import (
	"log"
	"net/http"

	"httpstatus/flow/apierr"
)

var errGone = apierr.New(http.StatusGone, "gone") // want `status 410 Gone is not documented in docs/status-codes.md`

var errLocked = &apierr.HTTPError{Status: http.StatusLocked} // want `status 423 Locked is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`

var errLevel = apierr.HTTPError{Level: http.StatusLocked} // right: Level is never sent

// other has a field of the same name that reaches no sink.
type other struct{ Status int }

var notSent = other{Status: http.StatusLocked} // right name, wrong type

func handler(w http.ResponseWriter) {
	errLocked.Status = http.StatusConflict // want `status 409 Conflict is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`
	w.WriteHeader(apierr.Gone.Int())       // want `status 410 Gone is not documented in docs/status-codes.md`
}

func fail(w http.ResponseWriter, err error) {
	w.WriteHeader(apierr.StatusOf(err)) // want `status 410 Gone is not documented in docs/status-codes.md \(returned by StatusOf at apierr.go:\d+\)`
	w.WriteHeader(apierr.Computed(1))   // right: a computed value on one path
	log.Println(apierr.StatusOf(err))   // right: logged, not sent
}
