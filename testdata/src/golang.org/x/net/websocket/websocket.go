// Package websocket is a stub of golang.org/x/net/websocket for statuslint
// tests: only the signatures the tests need, copied from x/net v0.62.0.
// Bodies panic.
//
// The real Conn has no WriteClose method of its own: it embeds the
// unexported interface frameHandler, whose exported WriteClose(status int)
// is promoted, so ws.WriteClose(1000) compiles outside the package and its
// callee is frameHandler.WriteClose. The stub keeps that shape. The close
// codes (closeStatusNormal…) are unexported and so are not stubbed.
package websocket

import (
	"net/http"
)

// Frame types and protocol constants.
const (
	ProtocolVersionHybi13    = 13
	ProtocolVersionHybi      = ProtocolVersionHybi13
	SupportedProtocolVersion = "13"

	ContinuationFrame = 0
	TextFrame         = 1
	BinaryFrame       = 2
	CloseFrame        = 8
	PingFrame         = 9
	PongFrame         = 10
	UnknownFrame      = 255
)

type frameHandler interface {
	WriteClose(status int) (err error)
}

// Conn is a WebSocket connection.
type Conn struct {
	frameHandler
	PayloadType     byte
	MaxPayloadBytes int
}

// Read reads data of a frame.
func (ws *Conn) Read(msg []byte) (n int, err error) { panic("stub") }

// Write writes msg as one frame.
func (ws *Conn) Write(msg []byte) (n int, err error) { panic("stub") }

// Close sends a normal-closure close frame and closes the connection.
func (ws *Conn) Close() error { panic("stub") }

// Request returns the handshake request.
func (ws *Conn) Request() *http.Request { panic("stub") }

// Codec is a pair of marshalling functions.
type Codec struct {
	Marshal   func(v interface{}) (data []byte, payloadType byte, err error)
	Unmarshal func(data []byte, payloadType byte, v interface{}) (err error)
}

// Send sends v marshalled by cd.
func (cd Codec) Send(ws *Conn, v interface{}) (err error) { panic("stub") }

// Receive receives a frame and unmarshals it into v.
func (cd Codec) Receive(ws *Conn, v interface{}) (err error) { panic("stub") }

// Message sends strings and byte slices as frames.
var Message = Codec{}

// JSON sends values as JSON frames.
var JSON = Codec{}

// Handler serves a WebSocket connection.
type Handler func(*Conn)

// ServeHTTP upgrades the request and calls h.
func (h Handler) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }
