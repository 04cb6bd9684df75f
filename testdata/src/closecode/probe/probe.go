// Package probe holds closecode cases for tests that hand the library
// codes no endpoint may send, to see it refuse them.
package probe

import "github.com/coder/websocket"

func leave(c *websocket.Conn) error {
	return c.Close(-1, "") // want `close code -1 does not fit in the 16 bits of a close frame`
}
