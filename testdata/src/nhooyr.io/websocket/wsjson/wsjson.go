// Package wsjson is a stub of nhooyr.io/websocket/wsjson for statuslint tests: only
// the signatures the tests need, copied from nhooyr.io/websocket v1.8.17. Bodies panic.
package wsjson

import (
	"context"

	"nhooyr.io/websocket"
)

// Read reads a JSON message from c into v.
func Read(ctx context.Context, c *websocket.Conn, v any) error { panic("stub") }

// Write writes the JSON message v to c.
func Write(ctx context.Context, c *websocket.Conn, v any) error { panic("stub") }
