// Package coder closes connections of coder/websocket, whose Close takes a
// typed StatusCode.
package coder

import (
	"errors"

	"github.com/coder/websocket"
)

// Close codes of the gateway, numbered with iota from 4000.
const (
	StatusUnknownError websocket.StatusCode = iota + 4000
	StatusUnknownOpcode
	StatusDecodeError
)

func closeConn(c *websocket.Conn) {
	_ = c.Close(4006, "decode error")                       // want `close code 4006 is not documented in docs/gateway.md: .*; the reason "decode error" is documented as 4002 \(decode error\)`
	_ = c.Close(websocket.StatusCode(4011), "rate limited") // want `close code 4011 is not documented .*documented as 4008 \(rate limited\)`
	_ = c.Close(1000, "")                                   // want `raw close code 1000: use websocket.StatusNormalClosure`
	_ = c.Close(websocket.StatusCode(1001), "")             // want `raw close code 1001: use websocket.StatusGoingAway`
	_ = c.Close(websocket.StatusAbnormalClosure, "")        // want `close code 1006 \(Abnormal Closure\) is never sent`
	_ = c.Close(websocket.StatusNoStatusRcvd, "")           // right: coder sends a close frame without a code
	_ = c.Close(websocket.StatusNoStatusRcvd, "done")       // want `close reason "done" is never sent`
	_ = c.Close(70000, "")                                  // want `close code 70000 does not fit in the 16 bits of a close frame \(RFC 6455, section 5.5.1\)$`
	_ = c.Close(websocket.StatusBadGateway, "")
	_ = c.Close(StatusDecodeError, "decode error")
	_ = c.Close(websocket.StatusCode(4013), "invalid intents")
}

// Negatives: the receive side.
func receive(err error) bool {
	if websocket.CloseStatus(err) == 4006 {
		return true
	}
	var ce websocket.CloseError
	return errors.As(err, &ce) && ce.Code == 1006
}
