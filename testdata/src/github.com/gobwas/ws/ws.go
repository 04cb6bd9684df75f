// Package ws is a stub of github.com/gobwas/ws for statuslint tests: only
// the signatures the tests need, copied from gobwas/ws v1.5.0. Bodies panic.
package ws

import (
	"bufio"
	"io"
	"net"
	"net/http"
)

// OpCode is a frame's operation code.
type OpCode byte

// Operation codes.
const (
	OpContinuation OpCode = 0x0
	OpText         OpCode = 0x1
	OpBinary       OpCode = 0x2
	OpClose        OpCode = 0x8
	OpPing         OpCode = 0x9
	OpPong         OpCode = 0xa
)

// StatusCode is a WebSocket close code.
type StatusCode uint16

// Close codes, as gobwas/ws declares them.
const (
	StatusNormalClosure           StatusCode = 1000
	StatusGoingAway               StatusCode = 1001
	StatusProtocolError           StatusCode = 1002
	StatusUnsupportedData         StatusCode = 1003
	StatusNoMeaningYet            StatusCode = 1004
	StatusInvalidFramePayloadData StatusCode = 1007
	StatusPolicyViolation         StatusCode = 1008
	StatusMessageTooBig           StatusCode = 1009
	StatusMandatoryExt            StatusCode = 1010
	StatusInternalServerError     StatusCode = 1011
	StatusTLSHandshake            StatusCode = 1015
	StatusAbnormalClosure         StatusCode = 1006
	StatusNoStatusRcvd            StatusCode = 1005
)

// Header is a frame header.
type Header struct {
	Fin    bool
	Rsv    byte
	OpCode OpCode
	Masked bool
	Mask   [4]byte
	Length int64
}

// Frame is a WebSocket frame.
type Frame struct {
	Header  Header
	Payload []byte
}

// Handshake is the result of an upgrade.
type Handshake struct {
	Protocol string
}

// NewCloseFrame returns a close frame with payload p.
func NewCloseFrame(p []byte) Frame { panic("stub") }

// NewCloseFrameBody builds a close frame payload from code and reason.
func NewCloseFrameBody(code StatusCode, reason string) []byte { panic("stub") }

// PutCloseFrameBody writes code and reason into p.
func PutCloseFrameBody(p []byte, code StatusCode, reason string) { panic("stub") }

// CompileFrame encodes f.
func CompileFrame(f Frame) (bts []byte, err error) { panic("stub") }

// MustCompileFrame encodes f and panics on error.
func MustCompileFrame(f Frame) []byte { panic("stub") }

// WriteFrame writes f to w.
func WriteFrame(w io.Writer, f Frame) error { panic("stub") }

// UpgradeHTTP upgrades the request.
func UpgradeHTTP(r *http.Request, w http.ResponseWriter) (net.Conn, *bufio.ReadWriter, Handshake, error) {
	panic("stub")
}
