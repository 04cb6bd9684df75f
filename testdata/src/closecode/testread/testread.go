// Package testread holds closecode cases for a field that only a test
// reads into a close frame: the program never sends what is written to
// it.
package testread

import (
	"errors"
	"time"

	"github.com/gorilla/websocket"
)

// ClosedError reports locally that the peer went away.
type ClosedError struct {
	Code int
	Text string
}

func (e *ClosedError) Error() string { return e.Text }

// errGone is returned to callers; only the test sends its code.
var errGone = &ClosedError{Code: websocket.CloseAbnormalClosure, Text: "gone"} // no finding: never sent

func read(ok bool) error {
	if !ok {
		return errGone
	}
	return errors.New("read")
}

// farewell is sent by the program itself: its writes are sites.
type farewell struct{ code int }

func bye(c *websocket.Conn) error {
	f := farewell{code: websocket.CloseAbnormalClosure} // want `close code 1006 \(Abnormal Closure\) is never sent`
	return c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(f.code, ""), time.Now())
}
