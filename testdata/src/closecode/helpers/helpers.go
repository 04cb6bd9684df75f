// Package helpers wraps the WebSocket libraries for the gateway: its
// parameters reach close frames and messages, so its callers in other
// packages are checked through it.
package helpers

import (
	"context"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	gorilla "github.com/gorilla/websocket"
)

// CloseWith closes c with code and reason.
func CloseWith(c *websocket.Conn, code int, reason string) error {
	return c.Close(websocket.StatusCode(code), reason)
}

// CloseFrame builds a gorilla close frame.
func CloseFrame(code int, text string) []byte {
	return gorilla.FormatCloseMessage(code, text)
}

// Send writes v to c as JSON.
func Send(ctx context.Context, c *websocket.Conn, v any) error {
	return wsjson.Write(ctx, c, v)
}
