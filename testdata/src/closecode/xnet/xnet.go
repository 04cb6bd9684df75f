// Package xnet closes connections of golang.org/x/net/websocket, whose
// WriteClose is promoted from an unexported interface.
package xnet

import "golang.org/x/net/websocket"

func closeConn(ws *websocket.Conn) {
	_ = ws.WriteClose(1006)  // want `close code 1006 \(Abnormal Closure\) is never sent`
	_ = ws.WriteClose(66536) // want `close code 66536 does not fit .*: the library sends it as 1000`
	_ = ws.WriteClose(4006)  // want `close code 4006 is not documented`
	_ = ws.WriteClose(4000)
	_ = ws.WriteClose(1000) // x/net's close codes are unexported
}
