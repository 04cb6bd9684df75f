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

// A field the test declares, read into a frame by the test: its writes
// are sites.
func TestTable(t *testing.T) {
	tests := []struct{ code int }{{code: 4011}} // want `close code 4011 is not documented`
	for _, tt := range tests {
		_ = websocket.FormatCloseMessage(tt.code, "")
	}
}
