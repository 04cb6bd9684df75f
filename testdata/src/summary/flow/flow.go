// A sink package is in reach: it imports one. // want package:"in-reach"

// Package flow has fields, identity methods and constructors through
// which values reach sinks: the summary analyzer exports a fact on each.
package flow

import (
	"net/http"

	"github.com/gorilla/websocket"
)

// APIError carries a status and a close code.
type APIError struct {
	Status int    // want Status:`field\(status\)`
	Code   int    // want Code:`field\(close-code\)`
	Reason string // want Reason:`field\(close-reason\)`
	Detail string // no fact: never sent
}

func (e *APIError) write(w http.ResponseWriter) {
	w.WriteHeader(e.Status)
}

func (e *APIError) close() []byte {
	return websocket.FormatCloseMessage(e.Code, e.Reason)
}

// NewAPIError is a constructor: its parameter reaches the sink through
// the field.
func NewAPIError(status int) *APIError { // want NewAPIError:`sinks\(0:status\)` NewAPIError:`fields\(Status:0\)`
	return &APIError{Status: status}
}

// Code is a status with an identity method.
type Code int

func (c Code) Int() int { return int(c) } // want Int:`identity`

func (c Code) Twice() int { return int(c) * 2 } // no fact: not an identity

// statusOf's result reaches WriteHeader in Fail.
func statusOf(err error) int { return http.StatusTeapot }

func Fail(w http.ResponseWriter, err error) { w.WriteHeader(statusOf(err)) }

// Closer is implemented by conn, whose method reaches a sink: a call
// through the interface reaches it too.
type Closer interface {
	CloseWith(code int)
}

type conn struct{ ws *websocket.Conn }

func (c *conn) CloseWith(code int) { // want CloseWith:`sinks\(0:close-code\)`
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""))
}

// Shut closes any Closer: its parameter reaches conn's sink.
func Shut(c Closer, code int) { // want Shut:`sinks\(1:close-code\)`
	c.CloseWith(code)
}

// Stopper's CloseWith is only ever promoted: wrapped has it through its
// embedded *conn, and a promoted method implements as a declared one does.
type Stopper interface {
	CloseWith(code int)
	Stop()
}

type wrapped struct{ *conn }

func (wrapped) Stop() {}

func Halt(s Stopper, code int) { // want Halt:`sinks\(1:close-code\)`
	s.CloseWith(code)
}

// Pauser is implemented by *paused alone, two embeddings above conn, and
// by value: conn's method is on its pointer.
type Pauser interface {
	CloseWith(code int)
	Pause()
}

type inner struct{ conn }

type paused struct{ inner }

func (*paused) Pause() {}

func Hold(p Pauser, code int) { // want Hold:`sinks\(1:close-code\)`
	p.CloseWith(code)
}

// Resumer's types embed and declare, but none has its Resume: no fact.
type Resumer interface {
	CloseWith(code int)
	Resume()
}

func Wake(r Resumer, code int) {
	r.CloseWith(code)
}

// StatusOf returns constants only: its fact lists them.
func StatusOf(ok bool) int { // want StatusOf:`returns\(200, 409\)`
	if ok {
		return http.StatusOK
	}
	return http.StatusConflict
}

// Named returns through its named result: no fact.
func Named() (code int) {
	code = http.StatusConflict
	return
}
