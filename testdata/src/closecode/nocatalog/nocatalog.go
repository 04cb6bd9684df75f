// Package nocatalog is checked with a catalog that has neither a
// close-code table nor an opcode table: only RFC 6455 applies.
package nocatalog

import "github.com/gorilla/websocket"

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
}

func closeFrames(c *websocket.Conn) {
	_ = websocket.FormatCloseMessage(4006, "decode error") // no close-code table: any private code goes
	_ = websocket.FormatCloseMessage(3001, "")             // want `close code 3001 is neither registered with IANA \(RFC 6455, section 7.4.2\) nor documented in docs/empty.md`
	_ = websocket.FormatCloseMessage(1004, "")             // want `close code 1004 \(Reserved\) is never sent`
	_ = c.WriteJSON(Payload{Op: 42})                       // no opcode table
}
