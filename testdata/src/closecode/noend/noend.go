// Package noend neither dials nor accepts a WebSocket connection, written
// against docs/gateway.md: it is taken for the server, so identify (4) and
// resume (5) are findings. Its lookalike dials are not dials.
package noend

import (
	"context"
	"net"

	"github.com/gorilla/websocket"
)

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
}

// Dialer has gorilla's name and method in another package.
type Dialer struct{}

// Dial opens nothing.
func (d *Dialer) Dial(urlStr string, requestHeader any) (*websocket.Conn, error) { return nil, nil }

// Dial has coder's name in another package.
func Dial(ctx context.Context, u string, opts any) (*websocket.Conn, error) { return nil, nil }

func send(ctx context.Context, c *websocket.Conn) {
	_, _ = net.Dial("tcp", "gateway.example:443") // a TCP dial, not a WebSocket one
	d := &Dialer{}
	own, _ := d.Dial("wss://gateway.example/", nil)      // right method, wrong type
	_ = own.WriteJSON(Payload{Op: 4})                    // want `gateway opcode 4 \(identify\) is sent by clients only`
	other, _ := Dial(ctx, "wss://gateway.example/", nil) // right name, wrong package
	_ = other.WriteJSON(Payload{Op: 5})                  // want `gateway opcode 5 \(resume\) is sent by clients only`
	_ = c.WriteJSON(Payload{Op: 4})                      // want `gateway opcode 4 \(identify\) is sent by clients only`
}
