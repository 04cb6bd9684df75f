// Package wsconn closes its connections from a writer goroutine: the
// close codes and reasons reach it over channels, in struct fields, in a
// map of reasons and through an identity method, and are reported where
// they are written.
package wsconn

import (
	"encoding/json"

	"github.com/gorilla/websocket"
)

// Disconnected asks the writer to close the connection.
type Disconnected struct {
	Code   int
	Reason string
	Retry  int // never sent
}

// Conn is one client's connection.
type Conn struct {
	ws    *websocket.Conn
	out   chan Disconnected
	codes chan int
	other chan int // read by no sink
}

// writer sends what the other goroutines ask for.
func (c *Conn) writer() {
	msg := <-c.out
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(msg.Code, msg.Reason))
	code := <-c.codes
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""))
	_ = c.ws.WriteMessage(websocket.TextMessage, helloFrame())
}

// Kick closes with a code the gateway does not document.
func (c *Conn) Kick() {
	c.out <- Disconnected{Code: 4006, Reason: "kicked"} // want `close code 4006 is not documented in docs/gateway.md.* \(reaches FormatCloseMessage at wsconn.go:\d+\)`
	c.out <- Disconnected{Code: 4002, Retry: 4999}      // right: 4002 is documented, Retry is never sent
}

// Quit closes with a code sent on a channel.
func (c *Conn) Quit() {
	c.codes <- 4011 // want `close code 4011 is not documented in docs/gateway.md.* \(reaches FormatCloseMessage at wsconn.go:\d+\)`
	c.other <- 4011 // right: no sink reads other
}

// CloseCode is a gateway close code.
type CloseCode int

// Int returns the code: an identity method.
func (c CloseCode) Int() int { return int(c) }

// The close codes.
const (
	Reserved          CloseCode = 4006
	DisallowedIntents CloseCode = 4014
	TooLong           CloseCode = 4013
)

// closeMessages are the reasons sent with the codes.
var closeMessages = map[CloseCode]string{
	DisallowedIntents: "disallowed intents",
	TooLong:           "the intents this connection asked for are not all allowed for this bot, since some of them are privileged and the bot has not been approved", // want `close reason is 1\d\d bytes: a close frame carries at most 123 .*\(reaches FormatCloseMessage at wsconn.go:\d+\)`
}

// Reject closes with a code and the reason the map gives it.
func (c *Conn) Reject() {
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(DisallowedIntents.Int(), closeMessages[DisallowedIntents]))
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(TooLong.Int(), closeMessages[TooLong]))
}

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
	D  any `json:"d,omitempty"`
}

// helloFrame builds the frame writer sends.
func helloFrame() []byte {
	b, _ := json.Marshal(Payload{Op: 10}) // want `gateway opcode 10 is not documented in docs/gateway.md`
	return b
}

// Closer closes a connection with a code; Conn implements it.
type Closer interface {
	CloseWith(code int)
}

// CloseWith sends a close frame with code.
func (c *Conn) CloseWith(code int) {
	_ = c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""))
}

// Logger has a method of the same shape that sends nothing.
type Logger interface {
	LogCode(code int)
}
