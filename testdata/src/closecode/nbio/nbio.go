// Package nbio closes connections of nbio's websocket, whose WriteClose
// takes an int and converts it to uint16.
package nbio

import "github.com/lesismal/nbio/nbhttp/websocket"

func closeConn(c *websocket.Conn) {
	_ = c.WriteClose(70000, "") // want `close code 70000 does not fit .*: the library sends it as 4464`
	_ = c.WriteClose(3003, "")
	_ = c.WriteClose(1000, "") // a literal, but nbio names no close code
	_ = c.WriteClose(4012, "invalid api version")
}
