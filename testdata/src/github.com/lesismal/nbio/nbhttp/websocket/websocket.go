// Package websocket is a stub of github.com/lesismal/nbio/nbhttp/websocket
// for statuslint tests: only the signatures the tests need, copied from
// nbio v1.6.7. nbio declares no close-code constants. Bodies panic.
package websocket

import (
	"net"
	"net/http"
)

// MessageType is a frame's type.
type MessageType int8

// Message types.
const (
	FragmentMessage MessageType = 0
	TextMessage     MessageType = 1
	BinaryMessage   MessageType = 2
	CloseMessage    MessageType = 8
	PingMessage     MessageType = 9
	PongMessage     MessageType = 10
)

// Upgrader upgrades net/http connections.
type Upgrader struct{}

// NewUpgrader returns an Upgrader.
func NewUpgrader() *Upgrader { panic("stub") }

// OnMessage sets the data message handler.
func (u *Upgrader) OnMessage(h func(*Conn, MessageType, []byte)) { panic("stub") }

// OnClose sets the close handler.
func (u *Upgrader) OnClose(h func(*Conn, error)) { panic("stub") }

// Upgrade upgrades the connection.
func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header, args ...interface{}) (*Conn, error) {
	panic("stub")
}

// Conn is a WebSocket connection.
type Conn struct {
	net.Conn
}

// Close closes the connection.
func (c *Conn) Close() error { panic("stub") }

// CloseWithError closes the connection with err.
func (c *Conn) CloseWithError(err error) { panic("stub") }

// WriteClose sends a close frame with code and reason.
func (c *Conn) WriteClose(code int, reason string) error { panic("stub") }

// WriteMessage writes a message.
func (c *Conn) WriteMessage(messageType MessageType, data []byte) error { panic("stub") }
