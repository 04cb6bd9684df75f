// Package gws is a stub of github.com/lxzan/gws for statuslint tests: only
// the signatures the tests need, copied from gws v1.8.9. gws declares its
// close codes in an internal package, so the stub has none. Bodies panic.
package gws

import "net/http"

// Opcode is a frame's operation code.
type Opcode uint8

// Operation codes.
const (
	OpcodeContinuation    Opcode = 0x0
	OpcodeText            Opcode = 0x1
	OpcodeBinary          Opcode = 0x2
	OpcodeCloseConnection Opcode = 0x8
	OpcodePing            Opcode = 0x9
	OpcodePong            Opcode = 0xA
)

// CloseError is the close frame the connection was closed with.
type CloseError struct {
	Code   uint16
	Reason []byte
}

// Error returns the code and reason.
func (c *CloseError) Error() string { panic("stub") }

// Message is a received data message.
type Message struct{}

// Event receives a connection's events.
type Event interface {
	OnOpen(socket *Conn)
	OnClose(socket *Conn, err error)
	OnPing(socket *Conn, payload []byte)
	OnPong(socket *Conn, payload []byte)
	OnMessage(socket *Conn, message *Message)
}

// BuiltinEventHandler is an Event that does nothing.
type BuiltinEventHandler struct{}

// ServerOption configures an Upgrader.
type ServerOption struct{}

// Upgrader upgrades net/http connections.
type Upgrader struct{}

// NewUpgrader returns an Upgrader.
func NewUpgrader(eventHandler Event, option *ServerOption) *Upgrader { panic("stub") }

// Upgrade upgrades the connection.
func (c *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request) (*Conn, error) { panic("stub") }

// Conn is a WebSocket connection.
type Conn struct{}

// ReadLoop reads frames until the connection closes.
func (c *Conn) ReadLoop() { panic("stub") }

// WriteClose sends a close frame with code and reason and closes the
// connection.
func (c *Conn) WriteClose(code uint16, reason []byte) error { panic("stub") }

// WriteString writes a text message.
func (c *Conn) WriteString(s string) error { panic("stub") }

// WriteMessage writes a message.
func (c *Conn) WriteMessage(opcode Opcode, payload []byte) error { panic("stub") }

// WriteAsync writes a message from the connection's write queue and calls
// callback with the result.
func (c *Conn) WriteAsync(opcode Opcode, payload []byte, callback func(error)) { panic("stub") }
