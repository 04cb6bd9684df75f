package websocket

import (
	"context"
	"net/http"
)

// Dialer opens client connections.
type Dialer struct {
	Subprotocols []string
}

// DefaultDialer is a Dialer with the package's defaults.
var DefaultDialer = &Dialer{}

// Dial opens a client connection to urlStr.
func (d *Dialer) Dial(urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	panic("stub")
}

// DialContext opens a client connection to urlStr.
func (d *Dialer) DialContext(ctx context.Context, urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	panic("stub")
}
