package crash

import (
	"errors"
	"net/http"
)

// Odd shapes of the routes across packages: constructors that call each
// other, receives into blanks, ranges without a variable, maps of odd
// keys, error helpers that return themselves. None is a finding, none may
// crash the pass.

// Loop is built by two constructors that call each other.
type Loop struct{ Status int }

func (l *Loop) send(w http.ResponseWriter) { w.WriteHeader(l.Status) }

// Ping and Pong call each other: their facts have a fixpoint.
func Ping(n int) *Loop {
	if n == 0 {
		return &Loop{Status: http.StatusOK}
	}
	return Pong(n - 1)
}

// Pong calls Ping.
func Pong(n int) *Loop { return Ping(n) }

// Generic returns a generic struct.
func Generic[T any](v T) *genErr[T] { return &genErr[T]{Status: http.StatusOK, Extra: v} }

var okStatus = make(chan int)

func receives(w http.ResponseWriter) {
	_, ok := <-okStatus
	_ = ok
	for range okStatus {
	}
	for i := range 3 {
		w.WriteHeader(i + http.StatusOK)
	}
	var closed chan int
	if v, ok := <-closed; ok {
		w.WriteHeader(v)
	}
}

// Keys maps odd keys.
var Keys = map[any]int{1: http.StatusOK, "x": http.StatusOK, 1.5: http.StatusOK, nil: http.StatusOK}

// Self returns itself wrapped, and its parameter on one path.
func Self(err error) error {
	if err == nil {
		return Self(errors.New("x"))
	}
	return err
}

// Named has a named result and a bare return.
func Named(err error) (out error) {
	out = err
	return
}
