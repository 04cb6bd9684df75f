// Package wsjson is a stub of github.com/coder/websocket/wsjson for statuslint tests: only
// the signatures the tests need, copied from github.com/coder/websocket v1.8.15. Bodies panic.
package wsjson

import (
	"context"

	"github.com/coder/websocket"
)

// Read reads a JSON message from c into v.
func Read(ctx context.Context, c *websocket.Conn, v any) error { panic("stub") }

// Write writes the JSON message v to c.
func Write(ctx context.Context, c *websocket.Conn, v any) error { panic("stub") }
