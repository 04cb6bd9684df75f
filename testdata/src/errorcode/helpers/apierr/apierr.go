// Package apierr builds and writes the API's error bodies; other packages
// call its helpers with the codes.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Error is the error body.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// New builds an error body from a code and a message.
func New(code int, message string) *Error {
	return &Error{Code: code, Message: message}
}

// Write sends the body with the status.
func Write(w http.ResponseWriter, status, code int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(New(code, message))
}

// Fail is a helper two deep: its code reaches Write's.
func Fail(w http.ResponseWriter, code int) {
	Write(w, http.StatusBadRequest, code, "request failed")
}

// Log logs a code and writes nothing: not a helper.
func Log(code int) int { return code * 2 }

// JSON sends v as the body with the status: a helper whose parameter is
// the body whole.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Service builds the error bodies of one service: its method is a helper
// as New is, whose fact is kept on the type.
type Service struct{ Name string }

// Error builds an error body from a code and a message.
func (s Service) Error(code int, message string) *Error {
	return &Error{Code: code, Message: s.Name + ": " + message}
}
