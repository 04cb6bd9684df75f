// Package hertz closes connections of hertz-contrib/websocket.
package hertz

import (
	"time"

	"github.com/hertz-contrib/websocket"
)

const sessionTimedOut = 4009

func closeFrames(c *websocket.Conn) error {
	_ = websocket.FormatCloseMessage(1015, "tls") // want `close code 1015 \(TLS Handshake\) is never sent`
	_ = websocket.FormatCloseMessage(4999, "")    // want `close code 4999 is not documented in docs/gateway.md: the nearest documented code is 4014 \(disallowed intents\)`
	_ = websocket.FormatCloseMessage(1011, "")    // want `raw close code 1011: use websocket.CloseInternalServerErr`
	return c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(sessionTimedOut, "session timed out"), time.Now())
}

// Negative: a received close frame.
func received(err error) bool {
	ce, ok := err.(*websocket.CloseError)
	return ok && ce.Code == 1006
}
