// Package resty is a stub of github.com/go-resty/resty/v2 v2.16.5: the
// client calls that send a request body to another service.
package resty

// Client is a REST client.
type Client struct{}

// Request is one request being built.
type Request struct{}

// Response is a reply.
type Response struct{}

// New returns a client.
func New() *Client { panic("stub") }

// R starts a request.
func (c *Client) R() *Request { panic("stub") }

// SetBody sets the request body.
func (r *Request) SetBody(body interface{}) *Request { panic("stub") }

// Post sends the request.
func (r *Request) Post(url string) (*Response, error) { panic("stub") }
