// Package iota numbers its close codes and opcodes with iota, as
// Discord-style gateways do, and sends them through identity methods.
package iota

import "github.com/gorilla/websocket"

// CloseCode is a gateway close code.
type CloseCode int

// The close codes, counted from 4000 without a gap: from INVALID_SEQ on
// they drift from docs/gateway.md, which skips 4006.
const (
	UNKNOWN_ERROR CloseCode = iota + 4000
	UNKNOWN_OPCODE
	DECODE_ERROR
	NOT_AUTHENTICATED
	AUTHENTICATION_FAILED
	ALREADY_AUTHENTICATED
	INVALID_SEQ
	RATE_LIMITED
)

// Value returns the code as an int.
func (c CloseCode) Value() int { return int(c) }

// Twice is not an identity method.
func (c CloseCode) Twice() int { return int(c) * 2 }

func closeFrames() {
	_ = websocket.FormatCloseMessage(DECODE_ERROR.Value(), "")
	_ = websocket.FormatCloseMessage(AUTHENTICATION_FAILED.Value(), "")
	_ = websocket.FormatCloseMessage(INVALID_SEQ.Value(), "")            // want `close code 4006 is not documented in docs/gateway.md`
	_ = websocket.FormatCloseMessage(INVALID_SEQ.Value(), "invalid seq") // want `close code 4006 is not documented .*documented as 4007 \(invalid seq\)`
	_ = websocket.FormatCloseMessage(4011, "decode error")               // want `close code 4011 is not documented .*documented as 4002 \(decode error\)`
	_ = websocket.FormatCloseMessage(int(INVALID_SEQ), "")               // want `close code 4006 is not documented`
	_ = websocket.FormatCloseMessage(RATE_LIMITED.Twice(), "")           // computed: not followed
	_ = websocket.FormatCloseMessage(int(RATE_LIMITED), "")              // 4007 is documented (as invalid seq)
	_ = websocket.FormatCloseMessage(UNKNOWN_ERROR.Value(), "Unknown error")
}
