// Package proxycoder accepts with coder/websocket and dials with gobwas/ws,
// written against docs/gateway.md: it accepts, so it is a server.
package proxycoder

import (
	"context"
	"net/http"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/gobwas/ws"
)

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
}

func serve(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	send(r.Context(), c)
}

func dial(ctx context.Context) {
	_, _, _, _ = ws.Dial(ctx, "wss://gateway.example/")
}

func send(ctx context.Context, c *websocket.Conn) {
	_ = wsjson.Write(ctx, c, Payload{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only`
}
