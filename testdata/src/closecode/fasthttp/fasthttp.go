// Package fasthttp closes connections of fasthttp/websocket, gorilla's
// fork with the same FormatCloseMessage.
package fasthttp

import (
	"time"

	"github.com/fasthttp/websocket"
)

func closeFrames(c *websocket.Conn) error {
	deadline := time.Now()
	_ = c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4011, "bye"), deadline) // want `close code 4011 is not documented in docs/gateway.md: the nearest documented codes are 4010 \(server restarting\) and 4012 \(invalid api version\)`
	_ = websocket.FormatCloseMessage(1001, "")                                                      // want `raw close code 1001: use websocket.CloseGoingAway`
	_ = websocket.FormatCloseMessage(70000, "")                                                     // want `sends it as 4464`
	return c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseServiceRestart, "restart"), deadline)
}

// Negative: the receive side.
func receive(err error) bool { return websocket.IsCloseError(err, 1006) }
