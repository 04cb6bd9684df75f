package ws

import (
	"bufio"
	"context"
	"io"
	"net"
)

// Dialer opens client connections.
type Dialer struct {
	Protocols []string
}

// DefaultDialer is a Dialer with the package's defaults.
var DefaultDialer Dialer

// Dial opens a client connection to urlstr with DefaultDialer.
func Dial(ctx context.Context, urlstr string) (net.Conn, *bufio.Reader, Handshake, error) {
	panic("stub")
}

// Dial opens a client connection to urlstr.
func (d Dialer) Dial(ctx context.Context, urlstr string) (conn net.Conn, br *bufio.Reader, hs Handshake, err error) {
	panic("stub")
}

// Upgrade upgrades the connection conn with the zero Upgrader.
func Upgrade(conn io.ReadWriter) (Handshake, error) { panic("stub") }

// Upgrader upgrades raw connections.
type Upgrader struct {
	Protocol func([]byte) bool
}

// Upgrade upgrades the connection conn.
func (u Upgrader) Upgrade(conn io.ReadWriter) (hs Handshake, err error) { panic("stub") }
