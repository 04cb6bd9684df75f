// Package apierr writes the API's JSON error bodies. Its helpers' facts
// are what the packages above see: the status and the code reach the
// client through them.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Body is the documented error body.
type Body struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Write sends the body with the status.
func Write(w http.ResponseWriter, status, code int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Body{Code: code, Message: message})
}

// HTTPError keeps the status Send answers with: a field fact.
type HTTPError struct {
	Status int
}

// Send answers with the error's status.
func (e HTTPError) Send(w http.ResponseWriter) { w.WriteHeader(e.Status) }

// Status is a status type with an identity method: an identity fact.
type Status int

// Int returns the status.
func (s Status) Int() int { return int(s) }

// DefaultStatus returns a constant: a returns fact.
func DefaultStatus() int { return http.StatusBadRequest }

// Errors builds bodies for one service. Its methods' facts are kept on
// the type: With's, a method that builds a body from a parameter, and
// Describe's, one whose result carries its error's text.
type Errors struct{ Service string }

// With builds the body of code.
func (e Errors) With(code int) Body { return Body{Code: code, Message: e.Service} }

// Describe returns the error's text.
func (Errors) Describe(err error) string { return "failed: " + err.Error() }
