// Package handlers serves the shop's orders.
package handlers

import "net/http"

// Get answers with the order, or 404 when there is none.
func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		w.WriteHeader(404)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Put is not in the documentation: 409 is an undocumented status.
func Put(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "order exists", http.StatusConflict)
}
