// Package peer holds cases equivalent to CodeQL's go/stack-trace-exposure
// test, written anew: a stack trace that runtime.Stack fills into a buffer,
// written back with w.Write, is an alert; the same buffer logged, with a
// generic message written instead, is not.
package peer

import (
	"log"
	"net/http"
	"runtime"
	"runtime/debug"
)

func stackToClient(w http.ResponseWriter, r *http.Request) {
	trace := make([]byte, 1<<16)
	trace = trace[:runtime.Stack(trace, false)]
	w.Write(trace) // want `stack trace sent in a response body`
}

func stackLogged(w http.ResponseWriter, r *http.Request) {
	trace := make([]byte, 1<<16)
	trace = trace[:runtime.Stack(trace, true)]
	log.Printf("panic: %s", trace)
	w.Write([]byte("something went wrong on our side"))
}

func debugStackToClient(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			w.WriteHeader(http.StatusInternalServerError)
			w.Write(debug.Stack()) // want `stack trace sent in a response body`
		}
	}()
	serve(w, r)
}

func debugStackLogged(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			log.Printf("panic %v\n%s", v, debug.Stack())
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		}
	}()
	serve(w, r)
}

func panicValueToClient(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			http.Error(w, v.(string), 500) // want `recovered panic value sent in a response body`
		}
	}()
	serve(w, r)
}

func serve(w http.ResponseWriter, r *http.Request) {}
