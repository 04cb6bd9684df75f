// Package chi registers handlers with chi: Route, Group, Mount and a
// handler literal.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func routes() http.Handler {
	r := chi.NewRouter()
	r.Route("/users", func(r chi.Router) {
		r.Get("/", listUsers)
		r.Post("/", createUser)
		r.Group(func(r chi.Router) {
			r.Get("/{id}", getUser)
		})
	})
	r.Mount("/users/{id}", userRouter())
	r.Mount("/admin", adminRouter())
	r.Patch("/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadRequest) // want `status 400 Bad Request is not documented for PATCH /users/\{id\}`
	})
	return r
}

func userRouter() http.Handler {
	r := chi.NewRouter()
	r.Delete("/", deleteUser)
	return r
}

func adminRouter() http.Handler {
	r := chi.NewRouter()
	r.Delete("/users/{id}", adminDelete) // DELETE /admin/users/{id}: no operation
	return r
}

func listUsers(w http.ResponseWriter, r *http.Request) { // want listUsers:`answers\(200\)`
	w.WriteHeader(http.StatusOK)
}

func createUser(w http.ResponseWriter, r *http.Request) { // want createUser:`answers\(201, 422\)`
	w.WriteHeader(http.StatusCreated)
	w.WriteHeader(http.StatusUnprocessableEntity) // want `status 422 Unprocessable Content is not documented for POST /users in .*users\.yaml:21`
}

func getUser(w http.ResponseWriter, r *http.Request) { // want getUser:`answers\(404\)`
	w.WriteHeader(http.StatusNotFound)
}

func deleteUser(w http.ResponseWriter, r *http.Request) { // want deleteUser:`answers\(409\)`
	w.WriteHeader(http.StatusConflict) // want `status 409 Conflict is not documented for DELETE /users/\{id\} in .*users\.yaml:44 \(documented: 204, 404 and 5xx\)`
}

func adminDelete(w http.ResponseWriter, r *http.Request) { // want adminDelete:`answers\(409\)`
	w.WriteHeader(http.StatusConflict)
}
