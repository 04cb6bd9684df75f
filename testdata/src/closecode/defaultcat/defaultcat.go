// Package defaultcat is checked with the embedded default catalog.
package defaultcat

import "github.com/gorilla/websocket"

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
	D  any `json:"d"`
}

func gateway(c *websocket.Conn) {
	_ = websocket.FormatCloseMessage(4006, "")                                        // want `close code 4006 is not documented in the default catalog: the nearest documented codes are 4005 \(already authenticated\) and 4007 \(invalid seq\)`
	_ = websocket.FormatCloseMessage(4011, "the requested API version is not served") // want `close code 4011 is not documented .*documented as 4012 \(invalid api version\)`
	_ = c.WriteJSON(Payload{Op: 3, D: nil})
	_ = c.WriteJSON(Payload{Op: 6, D: nil})
	_ = c.WriteJSON(Payload{Op: 5, D: nil}) // want `gateway opcode 5 \(resume\) is sent by clients only, as documented in the default catalog`
	_ = c.WriteJSON(Payload{Op: 2, D: nil}) // want `gateway opcode 2 is not documented in the default catalog`
}
