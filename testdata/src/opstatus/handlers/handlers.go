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

// RenameUser documents itself with a swag comment: it is checked against
// it here, and its registration in package server is not checked again.
//
// @Success 200 {object} User
// @Router /users/{id} [patch]
func RenameUser(w http.ResponseWriter, r *http.Request) { // want RenameUser:`answers\(400, swag\)`
	w.WriteHeader(http.StatusBadRequest) // want `status 400 Bad Request is not documented for PATCH /users/\{id\} by its swag comment at handlers\.go:26 \(documented: 200\)`
}
