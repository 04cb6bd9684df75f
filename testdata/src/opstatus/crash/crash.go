// Package crash is odd code the pass must read without crashing.
package crash

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

type router[T any] struct{ mux *http.ServeMux }

func (r router[T]) handle(p string, h http.HandlerFunc) { r.mux.HandleFunc(p, h) }

var handlers = map[string]http.HandlerFunc{}

func routes(m *http.ServeMux, c chi.Router, g *mux.Router, path string) {
	m.HandleFunc(path, nil)                        // no constant path
	m.HandleFunc("GET /users/{id}", handlers["x"]) // a handler from a map
	m.Handle("GET /users/{id}", http.NotFoundHandler())
	c.Route("/users", nil)
	c.Group(routeGroup)
	c.Mount("/x", nil)
	g.HandleFunc("/users/{id}", nil).Methods()
	g.PathPrefix(path).Subrouter().HandleFunc("/users/{id}", nil)
	var fn func(http.ResponseWriter, *http.Request)
	m.HandleFunc("POST /users", fn)
	router[int]{m}.handle("GET /users/{id}", nil)
	m.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		func() { w.WriteHeader(http.StatusConflict) }() // want `status 409 Conflict is not documented for GET /users/\{id\}`
	})
}

func routeGroup(r chi.Router) {}

// @Router
// @Success abc
// @Failure 999
func swagOdd(w http.ResponseWriter) {}
