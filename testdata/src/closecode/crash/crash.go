// Package crash is odd code the pass must read without crashing: type
// errors, generics, function values, tuples.
package crash

import (
	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"
)

type codes interface{ ~int | ~uint16 }

func generic[T codes](c *websocket.Conn, code T) error {
	return c.Close(websocket.StatusCode(code), "")
}

func pair() (int, string) { return 4006, "" }

// Payload has an op of the wrong type.
type Payload struct {
	Op string `json:"op"`
}

func odd(c *websocket.Conn, g *gorilla.Conn, f func(int, string) []byte) {
	_ = generic(c, 4006)         // want `close code 4006 is not documented`
	_ = generic[uint16](c, 1006) // want `close code 1006 \(Abnormal Closure\) is never sent`
	_ = gorilla.FormatCloseMessage(pair())
	_ = f(1006, "")
	close := gorilla.FormatCloseMessage
	_ = close(1006, "")
	_ = c.Close(undefined, "")
	_ = c.Close(1e3, "") // a float literal: no raw finding
	_ = g.WriteJSON(Payload{Op: "4"})
	_ = g.WriteJSON(map[int]int{0: 4})
	_ = g.WriteJSON(struct {
		Op int `json:"op"`
	}{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only`
	_ = gorilla.FormatCloseMessage(4006, undefinedReason) // want `close code 4006 is not documented`
}
