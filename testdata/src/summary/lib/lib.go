// A sink package is in reach: it imports one. // want package:"in-reach"

// Package lib has helpers whose parameters reach sinks; the summary
// analyzer exports a fact on each.
package lib

import (
	"net/http"

	"github.com/gorilla/websocket"
)

func JSON(w http.ResponseWriter, status int, v any) { // want JSON:`sinks\(1:status\)`
	w.WriteHeader(status)
}

func Twice(w http.ResponseWriter, a, b int) { // want Twice:`sinks\(1:status, 2:status\)`
	JSON(w, a, nil)
	JSON(w, b, nil)
}

func Close(code int, reason string) []byte { // want Close:`sinks\(0:close-code, 1:close-reason\)`
	return websocket.FormatCloseMessage(code, reason)
}

func Expect(resp *http.Response, want int) bool { // want Expect:`sinks\(1:status-read\)`
	return resp.StatusCode == want
}

func Build(code int) *http.Response { // want Build:`sinks\(0:status-read\)` Build:`fields\(StatusCode:0\)`
	return &http.Response{StatusCode: code}
}

type Writer struct{ W http.ResponseWriter }

func (w Writer) Send(code int) { // want Send:`sinks\(0:status\)`
	local := code
	w.W.WriteHeader(int(local))
}

func Factory(code int) http.HandlerFunc { // want Factory:`sinks\(0:status\)`
	return func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(code) }
}

func Even(w http.ResponseWriter, code int) { // want Even:`sinks\(1:status\)`
	if code%2 == 0 {
		Odd(w, code)
	}
}

func Odd(w http.ResponseWriter, code int) { // want Odd:`sinks\(1:status\)`
	if code%2 == 1 {
		w.WriteHeader(code)
		return
	}
	Even(w, code)
}

// Negatives: no fact.

func Log(status int) int { return status * 2 }

func Computed(w http.ResponseWriter, code int) {
	w.WriteHeader(code + 1) // an operation: the parameter does not reach the sink as itself
}

func Ranged(resp *http.Response, floor int) bool {
	return resp.StatusCode >= floor
}
