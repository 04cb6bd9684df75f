// Package handlers calls apierrors' constructors and hands the errors to
// api, which sends their HTTPStatus: api's package fact says so, and the
// calls here are sites, as they are in api.
package handlers

import (
	"net/http"

	"httpstatus/reach/api"
	"httpstatus/reach/apierrors"
)

func rename(w http.ResponseWriter, name string) {
	if name == "taken" {
		api.HandleResponseError(apierrors.NewConflictError("taken", "name taken"), w) // want `status 409 Conflict is not documented in docs/status-codes.md \(HTTPStatus set by NewConflictError at apierrors.go:\d+, reaches sendJSON at api.go:\d+\)`
		return
	}
	if name == "old" {
		api.HandleResponseError(apierrors.NewHTTPError(http.StatusGone, "old", "gone"), w) // want `status 410 Gone is not documented in docs/status-codes.md \(reaches sendJSON at api.go:\d+\)`
		return
	}
	api.HandleResponseError(apierrors.NewLevel(http.StatusGone), w) // right: Level is never sent
}
