package testread

import (
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// The test echoes the local error's code in a frame of its own, to see
// how the reader reports it.
func TestEcho(t *testing.T) {
	var c *websocket.Conn
	e := &ClosedError{Code: websocket.CloseNormalClosure, Text: "hello"}
	_ = c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(e.Code, e.Text), time.Now())
	if err := read(false); err != errGone {
		t.Fatal(err)
	}
}
