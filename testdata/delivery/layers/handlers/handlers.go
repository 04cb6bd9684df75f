// Package handlers calls the helpers of respond and apierr.
package handlers

import (
	"net/http"

	"example.com/layers/apierr"
	"example.com/layers/problem"
	"example.com/layers/respond"
)

// Get reports through helpers of other packages, one and two deep.
func Get(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("id") {
	case "":
		apierr.Write(w, http.StatusBadRequest, 20003, "missing id") // undocumented code, one package down
	case "gone":
		respond.NotFound(w, 20009) // undocumented code, two packages down
	case "busy":
		respond.Status(w, http.StatusConflict) // undocumented status, one package down
	case "odd":
		apierr.Write(w, 404, 20001, "unknown item") // raw status through a helper
	default:
		// Documented statuses and codes: nothing to report.
		respond.NotFound(w, 20001)
		apierr.Write(w, http.StatusBadRequest, 20002, "malformed request")
		respond.Problem(w, problem.Missing())
		respond.Problem(w, problem.New(http.StatusBadRequest, "bad"))
		respond.Status(w, problem.Statuses["missing"])
	}
}
