package probe

import (
	"testing"

	"github.com/coder/websocket"
)

// The invalid codes of a test go to the code under test, not to a client:
// not reported.
func TestRefusesBadCodes(t *testing.T) {
	var c *websocket.Conn
	if err := c.Close(-1, ""); err == nil {
		t.Error("Close(-1) succeeded")
	}
	_ = c.Close(websocket.StatusAbnormalClosure, "goodbye")
	_ = c.Close(2000, "")
}

// A code a test sends that the API does not document is still a finding.
func TestUndocumented(t *testing.T) {
	var c *websocket.Conn
	_ = c.Close(4011, "") // want `close code 4011 is not documented`
}
