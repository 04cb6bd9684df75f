// Package server registers the handlers of package handlers.
package server

import (
	"net/http"

	"opstatus/handlers"
)

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /users/{id}", handlers.GetUser) // want `handlers\.GetUser answers status 409 Conflict at handlers\.go:14 \(through WriteJSON\), which GET /users/\{id\} in .*users\.yaml:37 does not document \(documented: 200 and 404\)`
	mux.HandleFunc("POST /users", handlers.CreateUser)
	mux.HandleFunc("PATCH /users/{id}", handlers.RenameUser) // checked against its swag comment, in package handlers
}
