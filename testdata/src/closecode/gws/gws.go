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
	_ = c.WriteClose(1000, nil)          // a literal, but gws names no close code
	_ = c.WriteClose(0, nil)             // right: gws sends 1000 for a code below 1000
	_ = c.WriteClose(999, []byte("bye")) // right: sent as 1000, with its reason
	_ = c.WriteClose(1004, nil)          // want `close code 1004 \(Reserved\) is never sent`
	closeWith(c, 0)                      // right: the helper hands it only to WriteClose
	closeWith(c, 2000)                   // want `close code 2000 is not a valid close code`
}

func closeWith(c *gws.Conn, code uint16) { _ = c.WriteClose(code, nil) }
