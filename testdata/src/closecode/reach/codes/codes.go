// Package codes declares the gateway's close codes, their reasons and its
// frames; the package gateway sends them. Nothing here is sent here, so
// nothing here is reported: the entries and the constructors' constants
// are reported where gateway looks them up or calls them.
package codes

import (
	"encoding/json"

	"github.com/gorilla/websocket"
)

// CloseCode is a gateway close code.
type CloseCode int

// The close codes.
const (
	UNKNOWN_ERROR      CloseCode = 4000
	RESERVED           CloseCode = 4006
	INVALID_INTENTS    CloseCode = 4013
	DISALLOWED_INTENTS CloseCode = 4014
)

// CloseCodeMessages are the reasons sent with the codes.
var CloseCodeMessages = map[CloseCode]string{
	UNKNOWN_ERROR:      "unknown error",
	DISALLOWED_INTENTS: "the intents this connection asked for are not all allowed for this bot, since some of them are privileged and the bot has not been approved",
	INVALID_INTENTS:    "invalid intents",
}

// CloseCodes name the codes by what causes them.
var CloseCodes = map[string]int{
	"kicked":   int(RESERVED),
	"unknown":  int(UNKNOWN_ERROR),
	"reserved": int(RESERVED),
}

// Disconnect asks a connection's writer to close.
type Disconnect struct {
	Code   int
	Reason string
}

// Kick is a disconnect with a code the gateway does not document.
func Kick() Disconnect { return Disconnect{Code: int(RESERVED), Reason: "kicked"} }

// Unknown is a disconnect with a documented code.
func Unknown() Disconnect { return Disconnect{Code: int(UNKNOWN_ERROR), Reason: "unknown"} }

// Message is the control message type gateway writes with.
const Message = websocket.CloseMessage

// The opcodes.
const (
	OP_DISPATCH      = 0
	OP_HELLO         = 10
	OP_HEARTBEAT_ACK = 11
)

// Frame is a gateway payload.
type Frame struct {
	Op  int `json:"op"`
	Seq int `json:"s,omitempty"`
	D   any `json:"d,omitempty"`
}

// MarshalBotFrame encodes a frame of the opcode op: op is checked where
// it is called.
func MarshalBotFrame(op int, data any) ([]byte, error) { // want MarshalBotFrame:`frame\(op:0\)`
	return json.Marshal(Frame{Op: op, D: data})
}

// NewHelloFrame returns a frame of a constant opcode: it is checked where
// what it returns is sent.
func NewHelloFrame() Frame { return Frame{Op: OP_HELLO} } // want NewHelloFrame:`frame\(op=10\)`

// MarshalSeq encodes a dispatch: its parameter is the sequence, not the
// opcode.
func MarshalSeq(seq int) []byte { // want MarshalSeq:`frame\(op=0\)`
	b, _ := json.Marshal(Frame{Op: OP_DISPATCH, Seq: seq})
	return b
}
