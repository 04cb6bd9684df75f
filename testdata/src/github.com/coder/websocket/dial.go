package websocket

import (
	"context"
	"net/http"
)

// DialOptions configures Dial.
type DialOptions struct {
	HTTPHeader http.Header
}

// Dial opens a client connection to u.
func Dial(ctx context.Context, u string, opts *DialOptions) (*Conn, *http.Response, error) {
	panic("stub")
}
