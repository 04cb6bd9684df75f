// Package handlers declares handlers that package server registers.
package handlers

import (
	"net/http"

	"opstatus/helpers"
)

// GetUser answers 409, which its operation does not document: the finding
// is at its registration, in package server.
func GetUser(w http.ResponseWriter, r *http.Request) { // want GetUser:`answers\(404, 409\)`
	helpers.NotFound(w)
	helpers.WriteJSON(w, http.StatusConflict, nil)
}

// CreateUser answers only what POST /users documents.
func CreateUser(w http.ResponseWriter, r *http.Request) { // want CreateUser:`answers\(201\)`
	w.WriteHeader(http.StatusCreated)
}
