// Package apierr keeps its statuses in a struct field, a function's
// result, a channel, a map and a type with an identity method: each is
// written here and sent elsewhere, and reported where it is written.
package apierr

import (
	"log"
	"net/http"
)

// HTTPError carries the status Write sends.
type HTTPError struct {
	Status  int
	Message string
	Level   int // never sent: its writes are no sites
}

// Write sends the error's status.
func (e *HTTPError) Write(w http.ResponseWriter) {
	w.WriteHeader(e.Status)
}

// New builds an HTTPError: its code reaches Write through the field.
func New(code int, msg string) *HTTPError { return &HTTPError{Status: code, Message: msg} }

// ErrConflict is written here and sent by Write.
var ErrConflict = &HTTPError{Status: http.StatusConflict} // want `status 409 Conflict is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`

var errLevel = &HTTPError{Level: 999, Status: http.StatusNotFound} // right: Level is never sent; 404 is documented

// table is a table of struct literals: the Status of each reaches Write.
var table = []HTTPError{{499, "closed", 0}} // want `status 499 is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`

// replies is a table of a type whose fields are unexported, as a
// dictionary's are: status reaches WriteHeader in sendReply, so the table
// is read.
var replies = []reply{{499, "closed"}, {status: 999, text: "unknown"}} // want `status 499 is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)` `999 is not an HTTP status: statuses are 100 to 599 \(reaches WriteHeader at apierr.go:\d+\)`

type reply struct {
	status int
	text   string
}

func sendReply(w http.ResponseWriter, r reply) {
	w.WriteHeader(r.status)
}

// words is a table of the same form whose fields reach no sink: no pass
// reads it.
var words = []word{{4, 999}, {size: 5, index: 404}}

type word struct {
	size  byte
	index uint16
}

func lookup(w http.ResponseWriter, i int) {
	_, _ = w.Write(make([]byte, words[i].size)) // right: a length, not a status
}

// raw is a table of literals only: no pass follows a package slice, and
// the inspector the passes share leaves it out.
var raw = []int{999, 410}

func sendRaw(w http.ResponseWriter) {
	w.WriteHeader(raw[0]) // right: an element of a package variable is not followed
}

func assign(e *HTTPError) {
	e.Status = http.StatusGone // want `status 410 Gone is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`
	e.Level = http.StatusGone  // right: Level is never sent
}

// statusOf's result is sent by Fail.
func statusOf(err error) int {
	if err == nil {
		return http.StatusOK
	}
	return http.StatusTeapot // want `status 418 I'm a teapot is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`
}

// Fail answers with err's status.
func Fail(w http.ResponseWriter, err error) {
	w.WriteHeader(statusOf(err))
}

// levelOf's result is only logged.
func levelOf() int {
	return http.StatusTeapot // right: never sent
}

func logLevel() { log.Println(levelOf()) }

// statuses carries the statuses Drain sends.
var statuses = make(chan int, 1)

// Queue hands Drain a status.
func Queue() {
	statuses <- http.StatusLocked // want `status 423 Locked is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`
}

// Drain sends what Queue sends.
func Drain(w http.ResponseWriter) {
	w.WriteHeader(<-statuses)
}

var levels = make(chan int, 1)

func queueLevel() { levels <- http.StatusLocked } // right: levels reaches no sink

func drainLevel() { log.Println(<-levels) }

// byName maps names to statuses; ByName sends one of them.
var byName = map[string]int{
	"conflict": http.StatusConflict, // want `status 409 Conflict is not documented in docs/status-codes.md \(reaches WriteHeader at apierr.go:\d+\)`
	"gone":     http.StatusGone,     // right: never looked up
}

// ByName sends the status named "conflict".
func ByName(w http.ResponseWriter) {
	w.WriteHeader(byName["conflict"])
}

// ByKey looks up a key known only at run time: nothing to report.
func ByKey(w http.ResponseWriter, k string) {
	w.WriteHeader(byName[k])
}

// Code is a status with an identity method.
type Code int

// Int returns the status.
func (c Code) Int() int { return int(c) }

// Double is no identity method.
func (c Code) Double() int { return int(c) * 2 }

// Gone is a status of type Code.
const Gone Code = http.StatusGone

func sendCode(w http.ResponseWriter) {
	w.WriteHeader(Gone.Int())         // want `status 410 Gone is not documented in docs/status-codes.md`
	w.WriteHeader(Code(200).Double()) // right: computed
}

// StatusOf returns a constant at every return: its fact lists them, and a
// call of it in another package that reaches a sink sends them.
func StatusOf(err error) int {
	if err == nil {
		return http.StatusOK
	}
	return http.StatusGone
}

// Computed returns a computed value on one path: no fact.
func Computed(n int) int {
	if n > 0 {
		return n * 2
	}
	return http.StatusGone
}
