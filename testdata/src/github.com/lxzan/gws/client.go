package gws

import "net/http"

// ClientOption configures NewClient.
type ClientOption struct {
	Addr string
}

// NewClient opens a client connection to option.Addr.
func NewClient(handler Event, option *ClientOption) (*Conn, *http.Response, error) {
	panic("stub")
}
