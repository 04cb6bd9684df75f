// No leakhelpers package fact: the facts here are on results only, which
// matter to a caller that writes a body, and such a caller is walked for
// its own sinks.

// Package chain holds leak5xx's cases for the order functions are walked
// in and the variables a walk carries: a chain of helpers declared
// callers first, longer than the rounds over the package; a variable of
// a loop's body; and numbers computed from an error's text, which carry
// none of it.
package chain

import (
	"fmt"
	"net/http"
)

type store interface {
	Load(id string) (string, error)
}

var db store

// The handler is declared before the helpers it calls, and each helper
// before the next: in declaration order a round learns one more link.
func describedTooFar(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		http.Error(w, describe1(err), http.StatusInternalServerError) // want `error text sent in a 500 Internal Server Error body`
	}
}

func describe1(err error) string { return "1: " + describe2(err) } // want describe1:`leaks\(result0:t0\)`
func describe2(err error) string { return "2: " + describe3(err) } // want describe2:`leaks\(result0:t0\)`
func describe3(err error) string { return "3: " + describe4(err) } // want describe3:`leaks\(result0:t0\)`
func describe4(err error) string { return "4: " + describe5(err) } // want describe4:`leaks\(result0:t0\)`
func describe5(err error) string { return "5: " + describe6(err) } // want describe5:`leaks\(result0:t0\)`
func describe6(err error) string { return "6: " + describe7(err) } // want describe6:`leaks\(result0:t0\)`
func describe7(err error) string { return "7: " + describe8(err) } // want describe7:`leaks\(result0:t0\)`
func describe8(err error) string { return "8: " + err.Error() }    // want describe8:`leaks\(result0:t0\)`

// Negative: the same chain ends in the program's own text.
func describedPlainly(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		http.Error(w, plain1(err), http.StatusInternalServerError)
	}
}

func plain1(err error) string { return "1: " + plain2(err) }
func plain2(err error) string { return "2: " + plain3(err) }
func plain3(err error) string { return "3: " + plain4(err) }
func plain4(err error) string { return "4: " + plain5(err) }
func plain5(err error) string { return "5: " + plain6(err) }
func plain6(err error) string { return "6: " + plain7(err) }
func plain7(err error) string { return "7: " + plain8(err) }
func plain8(err error) string { return "8: failed" }

// A variable declared in the loop's body is gone after it, but what it
// gave a variable outside stays, and goes round: the text reaches out on
// the second time through.
func carriedRound(w http.ResponseWriter, ids []string) {
	var out, prev string
	for _, id := range ids {
		t := prev
		out = t
		if _, err := db.Load(id); err != nil {
			prev = err.Error()
		}
	}
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprint(w, out) // want `error text sent in a 500 Internal Server Error body`
}

// Negative: the body's variable holds the text, and nothing outside is
// given it.
func keptInside(w http.ResponseWriter, ids []string) {
	out := "failed"
	for _, id := range ids {
		if _, err := db.Load(id); err != nil {
			t := err.Error()
			_ = t
		}
	}
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprint(w, out)
}

// Negative: a number computed from an error's text is not its text.
func counted(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		first := int(err.Error()[0])
		long := len(err.Error()) > 10
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprint(w, first, long)
	}
}

// But a byte of it is a piece of the text.
func firstByte(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		b := err.Error()[0]
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte{b}) // want `error text sent in a 500 Internal Server Error body`
	}
}
