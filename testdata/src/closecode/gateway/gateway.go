// Package gateway calls the helpers of another package.
package gateway

import (
	"context"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"

	"closecode/helpers"
)

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
	D  any `json:"d,omitempty"`
}

func closeThroughHelpers(c *websocket.Conn) {
	_ = helpers.CloseWith(c, 4006, "decode error") // want `close code 4006 is not documented .*documented as 4002 \(decode error\)`
	_ = helpers.CloseWith(c, 1006, "")             // want `close code 1006 \(Abnormal Closure\) is never sent`
	_ = helpers.CloseWith(c, 70000, "")            // want `close code 70000 does not fit in the 16 bits of a close frame \(RFC 6455, section 5.5.1\)$`
	_ = helpers.CloseWith(c, 1000, "")             // want `raw close code 1000: use gorilla.CloseNormalClosure`
	_ = helpers.CloseFrame(1001, "")               // want `raw close code 1001: use gorilla.CloseGoingAway`
	_ = helpers.CloseFrame(4009, "session timed out")
	_ = helpers.CloseWith(c, 4000, "unknown error")
}

func sendThroughHelpers(ctx context.Context, c *websocket.Conn) {
	_ = helpers.Send(ctx, c, Payload{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only, as documented in docs/gateway.md`
	_ = helpers.Send(ctx, c, Payload{Op: 1})
}

// closeWith is a helper of this package.
func closeWith(c *websocket.Conn, code int, reason string) {
	_ = helpers.CloseWith(c, code, reason)
}

func closeThroughLocal(c *websocket.Conn) {
	closeWith(c, 4011, "") // want `close code 4011 is not documented`
	closeWith(c, 4001, "unknown opcode")
}

var _ = gorilla.CloseMessage
