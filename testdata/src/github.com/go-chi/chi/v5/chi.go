// Package chi is a stub of github.com/go-chi/chi/v5 for statuslint tests:
// only the signatures the tests need, copied from chi v5.5.0. Bodies panic.
package chi

import "net/http"

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler

	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)

	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)

	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
}

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { panic("stub") }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)           { panic("stub") }
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { panic("stub") }
func (mx *Mux) Group(fn func(r Router)) Router                             { panic("stub") }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router             { panic("stub") }
func (mx *Mux) Mount(pattern string, handler http.Handler)                 { panic("stub") }
func (mx *Mux) Handle(pattern string, handler http.Handler)                { panic("stub") }
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)      { panic("stub") }
func (mx *Mux) Method(method, pattern string, handler http.Handler)        { panic("stub") }
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)          { panic("stub") }
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)             { panic("stub") }
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)           { panic("stub") }
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)            { panic("stub") }
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)             { panic("stub") }

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { panic("stub") }
