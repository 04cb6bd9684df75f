// Package handlers serves orders.
package handlers

import (
	"net/http"

	"example.com/orders/respond"
)

// Get answers 404 with a literal where net/http names the status.
func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		w.WriteHeader(404)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Put answers 409 through a helper of another package; the docs do not
// list 409.
func Put(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusConflict)
}

// Delete writes the same literal as Get, on a line the team has silenced.
func Delete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404) //nolint:statuslint // kept as written on purpose
}

// Head answers with documented statuses only: nothing to report.
func Head(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusBadRequest)
}
