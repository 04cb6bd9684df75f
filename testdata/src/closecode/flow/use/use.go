// Package use writes wsconn's fields and calls its identity method: the
// facts of wsconn make these sites here.
package use

import (
	"github.com/gorilla/websocket"

	"closecode/flow/wsconn"
)

// The requests other packages build for wsconn's writer.
var (
	kick  = wsconn.Disconnected{Code: 4011, Reason: "kicked"} // want `close code 4011 is not documented in docs/gateway.md.* \(reaches FormatCloseMessage at wsconn.go:\d+\)`
	retry = wsconn.Disconnected{Retry: 4011}                  // right: Retry is never sent
)

// other has a Code field that reaches no sink.
type other struct{ Code int }

var notSent = other{Code: 4011} // right name, wrong type

func closeReserved(c *websocket.Conn) {
	_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(wsconn.Reserved.Int(), "")) // want `close code 4006 is not documented in docs/gateway.md`
}

// Through the interface: Conn, in the interface's package, implements it.
func shut(c wsconn.Closer, l wsconn.Logger) {
	c.CloseWith(4011) // want `close code 4011 is not documented in docs/gateway.md`
	l.LogCode(4011)   // right: no implementation sends it
}
