// Package mux is a stub of github.com/gorilla/mux for statuslint tests:
// only the signatures the tests need, copied from mux v1.8.1. Bodies panic.
package mux

import "net/http"

// Router registers routes and dispatches requests to them.
type Router struct{}

// NewRouter returns a new router instance.
func NewRouter() *Router { panic("stub") }

// ServeHTTP dispatches the request to the handler whose route matches.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }

// Handle registers a new route with a matcher for the URL path.
func (r *Router) Handle(path string, handler http.Handler) *Route { panic("stub") }

// HandleFunc registers a new route with a matcher for the URL path.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	panic("stub")
}

// Methods registers a new route with a matcher for HTTP methods.
func (r *Router) Methods(methods ...string) *Route { panic("stub") }

// PathPrefix registers a new route with a matcher for the URL path prefix.
func (r *Router) PathPrefix(tpl string) *Route { panic("stub") }

// Route stores information to match a request and build URLs.
type Route struct{}

// HandlerFunc sets a handler function for the route.
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { panic("stub") }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { panic("stub") }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router { panic("stub") }

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { panic("stub") }
