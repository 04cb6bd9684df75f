// Package wsutil is a stub of github.com/gobwas/ws/wsutil for statuslint
// tests: only the signatures the tests need, copied from gobwas/ws v1.5.0.
// Bodies panic.
package wsutil

import (
	"io"

	"github.com/gobwas/ws"
)

// ReadClientData reads the next data message a client sent.
func ReadClientData(rw io.ReadWriter) ([]byte, ws.OpCode, error) { panic("stub") }

// WriteServerMessage writes a message from the server with the opcode op.
func WriteServerMessage(w io.Writer, op ws.OpCode, p []byte) error { panic("stub") }

// WriteServerText writes a text message from the server.
func WriteServerText(w io.Writer, p []byte) error { panic("stub") }
