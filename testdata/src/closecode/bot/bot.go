// Package bot is a client of the gateway documented in docs/gateway.md: it
// dials it, so it sends identify (4) and resume (5) as a client should.
// Opcodes the document does not list are still findings.
package bot

import (
	"context"

	"github.com/gorilla/websocket"
)

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
	D  any `json:"d,omitempty"`
}

// Session is one connection to the gateway.
type Session struct {
	conn  *websocket.Conn
	token string
	seq   int
}

// Open dials the gateway and identifies.
func (s *Session) Open(ctx context.Context, url string) error {
	c, _, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
	if err != nil {
		return err
	}
	s.conn = c
	return s.identify()
}

// identify is sent on a field, not on the local the dial assigned: the
// package dials and accepts nothing, so it is a client.
func (s *Session) identify() error {
	return s.conn.WriteJSON(Payload{Op: 4, D: map[string]string{"token": s.token}})
}

// Resume picks up a session on a connection given by the caller.
func Resume(c *websocket.Conn, token string, seq int) error {
	return c.WriteJSON(Payload{Op: 5, D: map[string]any{"token": token, "seq": seq}})
}

func (s *Session) heartbeat() error {
	return s.conn.WriteJSON(Payload{Op: 1, D: s.seq})
}

func (s *Session) presence() error {
	return s.conn.WriteJSON(map[string]any{"op": 8, "d": nil}) // want `gateway opcode 8 is not documented in docs/gateway.md`
}
