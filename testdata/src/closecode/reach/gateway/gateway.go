// Package gateway closes connections with the codes and reasons of
// package codes, looked up in its maps, built by its constructors and
// handed to the writer over channels.
package gateway

import (
	"encoding/json"
	"log"

	"github.com/gorilla/websocket"

	"closecode/reach/codes"
)

// Conn is one client's connection.
type Conn struct {
	ws     *websocket.Conn
	out    chan codes.Disconnect
	codes  chan int
	reason chan string
	logged chan int
	frames chan codes.Frame
	events chan codes.Frame
}

// writer sends what the other goroutines ask for: ranging over one
// channel, receiving two values from the others.
func (c *Conn) writer() {
	for d := range c.out {
		_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(d.Code, d.Reason))
	}
	if code, ok := <-c.codes; ok {
		_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(code, ""))
	}
	select {
	case r, ok := <-c.reason:
		if ok {
			_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(int(codes.UNKNOWN_ERROR), r))
		}
	case code := <-c.logged:
		log.Println(code)
	}
	for f := range c.frames {
		_ = c.ws.WriteJSON(f)
	}
	for f := range c.events {
		log.Println(f.Op)
	}
}

// dispatch hands the writer frames to send.
func (c *Conn) dispatch() {
	c.frames <- codes.Frame{Op: 13} // want `gateway opcode 13 is not documented in docs/gateway.md`
	c.frames <- codes.Frame{Op: codes.OP_DISPATCH}
	c.events <- codes.Frame{Op: 13} // right: its receiver only logs
}

// Kick asks the writer to close.
func (c *Conn) Kick() {
	c.out <- codes.Kick()                                                                                                                        // want `close code 4006 is not documented in docs/gateway.md.*\(Code set by Kick at codes.go:\d+, reaches FormatCloseMessage at gateway.go:\d+\)`
	c.out <- codes.Unknown()                                                                                                                     // right: 4000 is documented
	c.codes <- int(codes.RESERVED)                                                                                                               // want `close code 4006 is not documented in docs/gateway.md.*\(reaches FormatCloseMessage at gateway.go:\d+\)`
	c.reason <- "a reason of a hundred and twenty-four bytes, which is one more than a close frame has room for after its two bytes of code...." // want `close reason is 1\d\d bytes: a close frame carries at most 123 .*\(reaches FormatCloseMessage at gateway.go:\d+\)`
	c.logged <- int(codes.RESERVED)                                                                                                              // right: its receiver only logs
}

// Reject closes with the reasons codes' map gives the codes.
func (c *Conn) Reject(code codes.CloseCode) {
	_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(int(codes.DISALLOWED_INTENTS), codes.CloseCodeMessages[codes.DISALLOWED_INTENTS])) // want `close reason is 1\d\d bytes: a close frame carries at most 123 .*\(the entry of CloseCodeMessages at codes.go:\d+\)`
	_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(int(codes.INVALID_INTENTS), codes.CloseCodeMessages[codes.INVALID_INTENTS]))       // right: a short reason
	_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(int(code), codes.CloseCodeMessages[code]))                                         // right: a key known at run time
	_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(codes.CloseCodes["kicked"], ""))                                                   // want `close code 4006 is not documented in docs/gateway.md.*\(the entry of CloseCodes at codes.go:\d+\)`
	_ = c.ws.WriteMessage(codes.Message, websocket.FormatCloseMessage(codes.CloseCodes["unknown"], ""))                                                  // right: 4000 is documented
	log.Println(codes.CloseCodes["reserved"], codes.CloseCodeMessages[codes.DISALLOWED_INTENTS])                                                         // right: logged, not sent
}

// hello writes the frames codes' helpers build.
func (c *Conn) hello() {
	b, err := codes.MarshalBotFrame(codes.OP_HEARTBEAT_ACK, nil) // want `gateway opcode 11 is not documented in docs/gateway.md \(reaches WriteMessage at gateway.go:\d+\)`
	if err != nil {
		return
	}
	_ = c.ws.WriteMessage(websocket.TextMessage, b)
	_ = c.ws.WriteJSON(codes.NewHelloFrame())              // want `gateway opcode 10 is not documented in docs/gateway.md \(returned by NewHelloFrame at codes.go:\d+\)`
	ok, _ := codes.MarshalBotFrame(codes.OP_DISPATCH, nil) // right: 0 is documented
	_ = c.ws.WriteMessage(websocket.TextMessage, ok)
	kept, _ := codes.MarshalBotFrame(42, nil) // right: logged, never written
	log.Println(kept)
	_ = c.ws.WriteMessage(websocket.TextMessage, codes.MarshalSeq(42))  // right: 42 is the sequence, not the opcode
	_ = c.ws.WriteMessage(websocket.TextMessage, marshalFrame(12, nil)) // want `gateway opcode 12 is not documented in docs/gateway.md`
	again, _ := codes.MarshalBotFrame(codes.OP_HEARTBEAT_ACK, nil)
	again = nil                                         // right: replaced before it is written
	_ = c.ws.WriteMessage(websocket.TextMessage, again) // nothing to report: the frame is not what is sent
}

// marshalFrame is this package's own helper: op is checked at its calls.
func marshalFrame(op int, d any) []byte {
	b, _ := json.Marshal(codes.Frame{Op: op, D: d})
	return b
}
