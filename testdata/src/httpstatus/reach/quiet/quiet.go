// Package quiet calls apierrors' constructors but never sends the
// status: HTTPStatus reaches no sink here, so nothing is reported.
package quiet

import (
	"log"
	"net/http"

	"httpstatus/reach/apierrors"
)

func check(name string) error {
	if name == "taken" {
		return apierrors.NewConflictError("taken", "name taken") // right: the field is never sent here
	}
	return apierrors.NewHTTPError(http.StatusGone, "old", "gone") // right: the field is never sent here
}

func logStatus(w http.ResponseWriter) {
	log.Println(apierrors.StatusByName["conflict"]) // right: logged
	w.WriteHeader(http.StatusOK)
}
