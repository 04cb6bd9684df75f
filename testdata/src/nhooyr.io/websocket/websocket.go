// Package websocket is a stub of nhooyr.io/websocket for statuslint tests:
// only the signatures the tests need, copied from nhooyr.io/websocket v1.8.17. Bodies panic.
package websocket

import (
	"context"
	"net/http"
)

// StatusCode is a WebSocket close code.
type StatusCode int

// String returns the code's name.
func (i StatusCode) String() string { panic("stub") }

// Close codes, as the package declares them.
const (
	StatusNormalClosure           StatusCode = 1000
	StatusGoingAway               StatusCode = 1001
	StatusProtocolError           StatusCode = 1002
	StatusUnsupportedData         StatusCode = 1003
	StatusNoStatusRcvd            StatusCode = 1005
	StatusAbnormalClosure         StatusCode = 1006
	StatusInvalidFramePayloadData StatusCode = 1007
	StatusPolicyViolation         StatusCode = 1008
	StatusMessageTooBig           StatusCode = 1009
	StatusMandatoryExtension      StatusCode = 1010
	StatusInternalError           StatusCode = 1011
	StatusServiceRestart          StatusCode = 1012
	StatusTryAgainLater           StatusCode = 1013
	StatusBadGateway              StatusCode = 1014
	StatusTLSHandshake            StatusCode = 1015
)

// CloseError is the close frame the connection was closed with.
type CloseError struct {
	Code   StatusCode
	Reason string
}

// Error returns the code and reason.
func (ce CloseError) Error() string { panic("stub") }

// CloseStatus returns the close code of err, or -1.
func CloseStatus(err error) StatusCode { panic("stub") }

// MessageType is a data frame's type.
type MessageType int

// Message types.
const (
	MessageText MessageType = iota + 1
	MessageBinary
)

// AcceptOptions configures Accept.
type AcceptOptions struct {
	Subprotocols []string
}

// Accept upgrades the request.
func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	panic("stub")
}

// Conn is a WebSocket connection.
type Conn struct{}

// Close sends a close frame with code and reason and closes the connection.
func (c *Conn) Close(code StatusCode, reason string) (err error) { panic("stub") }

// CloseNow closes the connection without a close handshake.
func (c *Conn) CloseNow() (err error) { panic("stub") }

// Read reads the next data message.
func (c *Conn) Read(ctx context.Context) (MessageType, []byte, error) { panic("stub") }

// Write writes a data message.
func (c *Conn) Write(ctx context.Context, typ MessageType, p []byte) error { panic("stub") }
