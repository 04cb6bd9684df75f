// Package jsonrpc holds errorcode cases for negative integer codes in an
// error object under a key: {"jsonrpc": "2.0", "error": {"code": -32601,
// "message": "…"}, "id": 1}.
package jsonrpc

import (
	"encoding/json"
	"net/http"
)

// Error is the error object.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// Response is the envelope.
type Response struct {
	Version string `json:"jsonrpc"`
	Error   *Error `json:"error,omitempty"`
	ID      any    `json:"id"`
}

// Other puts an object of the same shape under another key.
type Other struct {
	Version string `json:"jsonrpc"`
	Last    *Error `json:"last_seen"`
}

const methodNotFound = -32601

func serve(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	switch r.URL.Path {
	case "/a":
		_ = json.NewEncoder(w).Encode(Response{Version: "2.0", Error: &Error{Code: -32602, Message: "Invalid params"}}) // want `error code -32602 is not documented in docs/jsonrpc.md \(nearest: -32603 internal error\)`
	case "/b":
		_ = json.NewEncoder(w).Encode(Response{Version: "2.0", Error: &Error{Code: methodNotFound, Message: "Method not found"}}) // right: documented, and no status is paired with it
	case "/c":
		_ = json.NewEncoder(w).Encode(Other{Version: "2.0", Last: &Error{Code: -1, Message: "old"}}) // right: not under "error"
	case "/d":
		_ = enc.Encode(Response{Version: "2.0", Error: &Error{Code: -32000, Message: "x"}}) // right: an encoder kept in a variable is not followed
	}
}

// Client calls another JSON-RPC server.
type Client struct{ url string }

// Call decodes the server's reply; the error it builds goes to its caller,
// not to a client of this API.
func (c *Client) Call(method string) error {
	resp, err := http.Post(c.url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out Response
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return &Error{Code: -32700, Message: "parse error"}
	}
	if resp.StatusCode != http.StatusOK {
		return &Error{Code: -39999, Message: "bad reply"} // right: a client's own error, never sent
	}
	return nil
}

// Error makes *Error an error.
func (e *Error) Error() string { return e.Message }
