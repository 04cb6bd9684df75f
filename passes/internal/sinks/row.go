// Package sinks is the typed table of the places where a Go program hands a
// status, a close code, a close reason or a response body to a framework:
// one row per (package path, receiver, method or field, argument index,
// role). The passes share it; adding a framework is adding rows.
package sinks

import (
	"slices"
	"strconv"
)

// Role says what a sink's argument or field carries.
type Role uint8

const (
	// Status is an HTTP status the program answers with
	// (w.WriteHeader(s), c.JSON(s, v), http.Response{StatusCode: s}).
	Status Role = iota + 1
	// StatusRead is an HTTP status the program reads or compares
	// (resp.StatusCode == s, rec.Code != s, http.StatusText(s)): a raw
	// literal there is still a finding, an undocumented status is not,
	// since the response may come from another API.
	StatusRead
	// CloseCode is a WebSocket close code the program sends.
	CloseCode
	// CloseReason is the reason text of a WebSocket close frame.
	CloseReason
	// Body is a value written to an HTTP response body.
	Body
	// Message is a value sent as a WebSocket message (a gateway payload
	// written with conn.WriteJSON(v), wsjson.Write(ctx, c, v), …).
	Message
	// Dial is the address a program opens a WebSocket connection to as
	// its client (dialer.Dial(url, h), websocket.Dial(ctx, url, opts)).
	// It carries no code: its call says that the program is a client.
	Dial
	// Accept is the request or connection a program accepts a WebSocket
	// connection on as its server (upgrader.Upgrade(w, r, h),
	// websocket.Accept(w, r, opts)): its call says that the program is a
	// server.
	Accept
	// ErrorEntry is an error value handed to the framework's error
	// handler (echo's c.Error(err)): a framework error value passed there
	// is sent, with its status.
	ErrorEntry
	// RequestBody is the body of a request the program sends to another
	// server (http.NewRequest(m, url, body)): what it carries is no answer.
	RequestBody
)

// String returns the role's lowercase name, as facts print it.
func (r Role) String() string {
	switch r {
	case Status:
		return "status"
	case StatusRead:
		return "status-read"
	case CloseCode:
		return "close-code"
	case CloseReason:
		return "close-reason"
	case Body:
		return "body"
	case Message:
		return "message"
	case Dial:
		return "dial"
	case Accept:
		return "accept"
	case ErrorEntry:
		return "error"
	case RequestBody:
		return "request-body"
	}
	return "role" + strconv.Itoa(int(r))
}

// Kind says how a row matches the program.
type Kind uint8

const (
	// Func is the package-level function Pkg.Name.
	Func Kind = iota + 1
	// Method is the method Name of the named type Pkg.Recv, called through
	// a value or pointer of that type (or a type that embeds it).
	Method
	// Implements is the method Name called on any type that implements
	// the interface Pkg.Recv (WriteHeader on an http.ResponseWriter,
	// a wrapper of one, or the interface itself).
	Implements
	// Field is the struct field Pkg.Recv.Name, in composite literals,
	// assignments and comparisons.
	Field
)

// Table is the sink table the passes share. Its rows are kept in one file
// per concern: statuses and close codes (table.go), response bodies
// (table_body.go), WebSocket messages (table_message.go), WebSocket dials
// and accepts (table_dial.go).
var Table = slices.Concat(statusAndCloseRows, bodyRows, messageRows, dialRows)

// Row is one sink.
type Row struct {
	Pkg  string // package path: "net/http", "github.com/gin-gonic/gin"
	Recv string // receiver or struct type name ("" for Func rows): "Context", "ResponseWriter"
	Name string // function, method or field name
	Kind Kind
	Arg  int // argument index, receiver excluded (unused for Field rows)
	Role Role
	// Unset is the value the sink takes to mean "no code" rather than a
	// code it sends (UnsetNone for most rows).
	Unset Unset
	// Where limits where the row's sites count; the zero value is
	// everywhere.
	Where Where
}

// Where says where a row's sites count as what the program answers.
type Where uint8

const (
	// Anywhere is a row whose every site is sent.
	Anywhere Where = iota
	// ErrorPath is a framework error value (echo.NewHTTPError(s, …),
	// fiber.Error{Code: s}): its status is sent only when the value can
	// reach the framework, returned from a function or handed to its
	// error entry point (an ErrorEntry row); elsewhere it is a value like
	// any other.
	ErrorPath
	// Handled is a status the program handles rather than answers with
	// (http.Response{StatusCode: s}, built for a client or a test): its
	// sites are read as StatusRead, except inside a reverse proxy's
	// ModifyResponse, whose response is the one the client gets.
	Handled
)

// Unset says which values of a status or a close code a sink takes to mean
// "no code here", by the framework's own definition, rather than a code to
// send: a pass does not call them invalid.
type Unset uint8

const (
	// UnsetNone is a sink that sends every value as it is.
	UnsetNone Unset = iota
	// UnsetNonPositive is a sink that keeps the status already set when
	// given 0 or less: gin's response writer sets a status only when it is
	// positive, and gin's documentation writes c.JSON(-1, body).
	UnsetNonPositive
	// UnsetZero is a sink for which 0 is the zero value of a status not
	// set, answered as 200 OK: fasthttp's and hertz's response headers.
	UnsetZero
	// UnsetNoStatus is a close sink that, given 1005 (No Status Received),
	// sends a close frame without a code and without the reason: gorilla's
	// FormatCloseMessage and its forks, coder's Close.
	UnsetNoStatus
	// UnsetBelow1000 is a close sink that sends 1000 (Normal Closure) in
	// place of a code below 1000, with the reason: gws's WriteClose.
	UnsetBelow1000
)

// Means reports whether the value v means "no code" to a sink of kind u.
func (u Unset) Means(v int64) bool {
	switch u {
	case UnsetNonPositive:
		return v <= 0
	case UnsetZero:
		return v == 0
	case UnsetNoStatus:
		return v == 1005
	case UnsetBelow1000:
		return v < 1000
	}
	return false
}
