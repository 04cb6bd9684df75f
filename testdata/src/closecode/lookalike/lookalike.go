// Package lookalike has the right names on the wrong types and packages:
// none of it builds a close frame.
package lookalike

import "github.com/gorilla/websocket"

// FormatCloseMessage has gorilla's name in another package.
func FormatCloseMessage(closeCode int, text string) []byte { return nil }

// Conn has coder/websocket's Close on another type.
type Conn struct{}

// Close closes nothing.
func (c *Conn) Close(code int, reason string) error { return nil }

// Payload has an op field but is never sent.
type Payload struct {
	Op int `json:"op"`
}

func lookalikes(c *Conn, ws *websocket.Conn) {
	FormatCloseMessage(1006, "")         // right name, wrong package
	_ = c.Close(4006, "decode error")    // right method, wrong type
	_ = ws.Close()                       // gorilla's Close takes no code
	_ = Payload{Op: 99}                  // built, not sent
	_ = ws.ReadJSON(&Payload{Op: 99})    // the receive side
	_ = websocket.CloseError{Code: 1006} // a received close frame
}
