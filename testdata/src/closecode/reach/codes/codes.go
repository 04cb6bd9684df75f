// Package codes declares the gateway's close codes, their reasons and its
// frames; the package gateway sends them. Nothing here is sent here, so
// nothing here is reported: the entries and the constructors' constants
// are reported where gateway looks them up or calls them.
package codes

import "github.com/gorilla/websocket"

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
