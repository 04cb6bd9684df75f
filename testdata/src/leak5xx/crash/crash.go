// want package:"leakhelpers"

// Package crash is code that must not crash leak5xx: type errors, generics,
// odd control flow, shadowed names, method values and expressions.
package crash

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type result[T any] struct {
	Value T
	Err   error
}

func generic[T any](w http.ResponseWriter, r result[T]) { // want generic:`leaks\(1:body-text@500\)`
	if r.Err != nil {
		http.Error(w, r.Err.Error(), 500)
	}
}

func instantiated(w http.ResponseWriter) {
	_, err := fmt.Sscan("x")
	generic(w, result[int]{Err: err}) // want `error text sent in a 500 Internal Server Error body by generic`
}

func typeErrors(w http.ResponseWriter) {
	var err error = undefined()
	http.Error(w, err.Error(), nosuch)
	http.Error(w, missing.Error(), 500)
}

func gotos(w http.ResponseWriter, err error) {
	i := 0
again:
	if i < 2 {
		i++
		goto again
	}
	for {
		select {}
	}
}

func methodValues(w http.ResponseWriter, err error) {
	write := w.Write
	write([]byte(err.Error()))
	(http.ResponseWriter).Write(w, []byte("x"))
	f := http.Error
	f(w, err.Error(), 500)
	enc := json.NewEncoder
	enc(w).Encode(err)
}

func shadowed(w http.ResponseWriter, err error) {
	http := struct{ Error func(any, string, int) }{}
	http.Error(w, err.Error(), 500)
	var fmt = struct{ Fprint func(...any) }{}
	fmt.Fprint(w, err)
}

func manyParams(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9,
	c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9,
	e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9,
	g0, g1, g2, g3, g4, g5, g6, g7, g8, g9 string, w http.ResponseWriter) { // parameters past 63 are not followed
	w.WriteHeader(500)
	fmt.Fprint(w, g9)
}

func variadic(w http.ResponseWriter, errs ...error) { // want variadic:`leaks\(1:body-text@500\)`
	w.WriteHeader(500)
	fmt.Fprint(w, errs)
}

func nested(w http.ResponseWriter, err error) { // want nested:`leaks\(1:body-text@500\)`
	func() {
		func() {
			w.WriteHeader(500)
			fmt.Fprint(w, err)
		}()
	}()
}

func closure(w http.ResponseWriter) func(error) {
	return func(err error) {
		http.Error(w, err.Error(), 500) // want `error text sent in a 500 Internal Server Error body`
	}
}

// loopStatus declares an integer local inside a loop, in a function whose
// state held no integer before it: the join of the loop's paths must not
// write into a map it never made (a panic once, on gin-contrib/sse).
func loopStatus(w http.ResponseWriter, names []string) {
	for _, name := range names {
		code := 500
		if name == "gone" {
			code = 502
		}
		w.WriteHeader(code)
	}
}
