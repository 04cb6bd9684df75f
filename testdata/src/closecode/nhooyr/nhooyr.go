// Package nhooyr closes connections of nhooyr.io/websocket, coder's old
// path.
package nhooyr

import "nhooyr.io/websocket"

func closeConn(c *websocket.Conn) {
	_ = c.Close(4011, "Session timed out")              // want `close code 4011 is not documented .*documented as 4009 \(session timed out\)`
	_ = c.Close(1011, "")                               // want `raw close code 1011: use websocket.StatusInternalError`
	_ = c.Close(websocket.StatusMandatoryExtension, "") // want `close code 1010 \(Mandatory Extension\) is sent by clients only`
	_ = c.Close(websocket.StatusNormalClosure, "")
}

// Negative: the receive side.
func receive(err error) bool { return websocket.CloseStatus(err) == 4006 }
