// Package api calls the helpers of package respond, and helpers of its
// own.
package api

import (
	"errors"
	"net/http"

	"httpstatus/helpers/respond"
)

// writeJSON is a helper of this package, over another package's helper.
func writeJSON(w http.ResponseWriter, status int, v any) {
	respond.JSON(w, status, v)
}

// abort is two deep in this package.
func abort(w http.ResponseWriter, code int) {
	writeJSON(w, code, nil)
}

// ping and pong call each other: a cycle the summary must settle.
func ping(w http.ResponseWriter, code, n int) {
	if n == 0 {
		w.WriteHeader(code)
		return
	}
	pong(w, code, n-1)
}

func pong(w http.ResponseWriter, code, n int) { ping(w, code, n) }

func handler(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 404, nil)                         // want `raw status 404 Not Found: use http.StatusNotFound`
	respond.JSON(w, http.StatusConflict, nil)         // want `status 409 Conflict is not documented in docs/status-codes.md`
	respond.Fail(w, 400, errors.New("bad"))           // want `raw status 400 Bad Request: use http.StatusBadRequest`
	respond.Fail(w, 0, nil)                           // want `0 is not an HTTP status`
	respond.Typed(w, 401)                             // want `raw status 401 Unauthorized: use http.StatusUnauthorized`
	respond.Typed(w, respond.Status(http.StatusGone)) // want `status 410 Gone is not documented`
	respond.Orelse(w, 403)                            // want `raw status 403 Forbidden: use http.StatusForbidden`
	(&respond.Responder{W: w}).Send(429)              // want `raw status 429 Too Many Requests: use http.StatusTooManyRequests`
	respond.Generic(w, 201, "x")                      // want `raw status 201 Created: use http.StatusCreated`
	respond.Generic[int](w, http.StatusAccepted, 1)   // want `status 202 Accepted is not documented`
	http.Handle("/old", respond.Handler(301))         // want `raw status 301 Moved Permanently: use http.StatusMovedPermanently` `status 301 Moved Permanently is not documented`
	_ = respond.Expect(nil, 200)                      // want `raw status 200 OK: use http.StatusOK`
	_ = respond.Expect(nil, http.StatusConflict)      // right: a read, not undocumented
	writeJSON(w, 204, nil)                            // want `raw status 204 No Content: use http.StatusNoContent`
	abort(w, 409)                                     // want `raw status 409 Conflict: use http.StatusConflict` `status 409 Conflict is not documented`
	ping(w, 500, 3)                                   // want `raw status 500 Internal Server Error: use http.StatusInternalServerError`

	fail := func(code int) { writeJSON(w, code, nil) }
	fail(404) // want `raw status 404 Not Found: use http.StatusNotFound`

	// Negatives: helpers whose parameters reach no status.
	_ = respond.Log(409)
	respond.Retries(w, 500)
	ping(w, http.StatusOK, 404)
}
