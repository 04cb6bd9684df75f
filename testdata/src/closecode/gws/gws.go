// Package gws closes connections of lxzan/gws, which has no exported
// close-code constants.
package gws

import "github.com/lxzan/gws"

type handler struct{ gws.BuiltinEventHandler }

// OnClose receives the peer's close frame: the receive side.
func (handler) OnClose(socket *gws.Conn, err error) {
	if ce, ok := err.(*gws.CloseError); ok && ce.Code == 1006 {
		return
	}
}

func closeConn(c *gws.Conn) {
	_ = c.WriteClose(4006, []byte("decode error")) // want `close code 4006 is not documented .*documented as 4002 \(decode error\)`
	_ = c.WriteClose(1005, nil)                    // want `close code 1005 \(No Status Received\) is never sent`
	_ = c.WriteClose(4008, []byte("rate limited"))
	_ = c.WriteClose(1000, nil) // a literal, but gws names no close code
}
