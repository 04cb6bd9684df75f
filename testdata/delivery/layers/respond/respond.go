// Package respond wraps apierr: a helper two packages below the handlers.
package respond

import (
	"encoding/json"
	"net/http"

	"example.com/layers/apierr"
	"example.com/layers/problem"
)

// NotFound answers 404 with an error code.
func NotFound(w http.ResponseWriter, code int) {
	apierr.Write(w, http.StatusNotFound, code, "unknown item")
}

// Status answers with a status and no body.
func Status(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
}

// JSON answers with a status and v as the body.
func JSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Problem answers with a problem's status: problem's field, sent here.
func Problem(w http.ResponseWriter, p *problem.Problem) { w.WriteHeader(p.Status) }

// Frame is a payload of the API's WebSocket gateway.
type Frame struct {
	Op int `json:"op"`
	D  any `json:"d,omitempty"`
}

// MarshalFrame encodes a frame of opcode op: a frame fact.
func MarshalFrame(op int, d any) ([]byte, error) { return json.Marshal(Frame{Op: op, D: d}) }
