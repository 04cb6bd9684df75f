// Package websocket is a stub of github.com/fasthttp/websocket for statuslint tests:
// only the signatures the tests need, copied from fasthttp/websocket v1.5.12. Bodies panic.
package websocket

import (
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Close codes, as the package declares them (untyped constants).
const (
	CloseNormalClosure           = 1000
	CloseGoingAway               = 1001
	CloseProtocolError           = 1002
	CloseUnsupportedData         = 1003
	CloseNoStatusReceived        = 1005
	CloseAbnormalClosure         = 1006
	CloseInvalidFramePayloadData = 1007
	ClosePolicyViolation         = 1008
	CloseMessageTooBig           = 1009
	CloseMandatoryExtension      = 1010
	CloseInternalServerErr       = 1011
	CloseServiceRestart          = 1012
	CloseTryAgainLater           = 1013
	CloseTLSHandshake            = 1015
)

// Message types.
const (
	TextMessage   = 1
	BinaryMessage = 2
	CloseMessage  = 8
	PingMessage   = 9
	PongMessage   = 10
)

// CloseError is a close frame received from the peer.
type CloseError struct {
	Code int
	Text string
}

// Error returns the close code and text.
func (e *CloseError) Error() string { panic("stub") }

// IsCloseError reports whether err is a CloseError with one of codes.
func IsCloseError(err error, codes ...int) bool { panic("stub") }

// IsUnexpectedCloseError reports whether err is a CloseError with none of
// expectedCodes.
func IsUnexpectedCloseError(err error, expectedCodes ...int) bool { panic("stub") }

// FormatCloseMessage builds a close frame payload from closeCode and text.
func FormatCloseMessage(closeCode int, text string) []byte { panic("stub") }

// Conn is a WebSocket connection.
type Conn struct{}

// Close closes the network connection without a close frame.
func (c *Conn) Close() error { panic("stub") }

// WriteControl writes a control message.
func (c *Conn) WriteControl(messageType int, data []byte, deadline time.Time) error { panic("stub") }

// WriteMessage writes a data or control message.
func (c *Conn) WriteMessage(messageType int, data []byte) error { panic("stub") }

// ReadMessage reads the next data message.
func (c *Conn) ReadMessage() (messageType int, p []byte, err error) { panic("stub") }

// WriteJSON writes the JSON encoding of v as a message.
//
// Deprecated: Use c.WriteJSON instead.
func WriteJSON(c *Conn, v interface{}) error { panic("stub") }

// ReadJSON reads the next JSON-encoded message into v.
//
// Deprecated: Use c.ReadJSON instead.
func ReadJSON(c *Conn, v interface{}) error { panic("stub") }

// WriteJSON writes the JSON encoding of v as a message.
func (c *Conn) WriteJSON(v interface{}) error { panic("stub") }

// ReadJSON reads the next JSON-encoded message into v.
func (c *Conn) ReadJSON(v interface{}) error { panic("stub") }

// CloseHandler returns the close frame handler.
func (c *Conn) CloseHandler() func(code int, text string) error { panic("stub") }

// SetCloseHandler sets the close frame handler.
func (c *Conn) SetCloseHandler(h func(code int, text string) error) { panic("stub") }

// Upgrader upgrades net/http connections.
type Upgrader struct {
	HandshakeTimeout time.Duration
}

// Upgrade upgrades the connection.
func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error) {
	panic("stub")
}

// FastHTTPHandler receives an upgraded connection.
type FastHTTPHandler func(*Conn)

// FastHTTPUpgrader upgrades fasthttp connections.
type FastHTTPUpgrader struct {
	HandshakeTimeout time.Duration
}

// Upgrade upgrades the connection and calls handler.
func (u *FastHTTPUpgrader) Upgrade(ctx *fasthttp.RequestCtx, handler FastHTTPHandler) error {
	panic("stub")
}
