// Package carryuse sends the Status of carry's errors: its package fact names the field. // want package:"in-reach" package:`sent-fields\(carry\.\S+:status\)`
package carryuse

import (
	"net/http"

	"summary/carry"
)

// Send answers with the error's status; Text is only logged.
func Send(w http.ResponseWriter, e *carry.Error) {
	w.WriteHeader(e.Status)
	println(e.Text)
}
