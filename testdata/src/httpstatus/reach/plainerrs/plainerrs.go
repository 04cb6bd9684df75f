// Package plainerrs names no status constant and refers to nothing that
// writes a response (its one import is for a version number), so the
// analysis of what reaches a sink skips it; what its constructors set in
// their results is still a fact, for the package that sends the field.
package plainerrs

import "summary/alias"

// Err is an error with the status plainapi answers with.
type Err struct {
	HTTPStatus int
	Message    string
}

func (e *Err) Error() string { return e.Message }

// Version is alias's, the one thing of alias this package refers to.
const Version = alias.Version

// Teapot sets a constant status.
func Teapot() *Err { return &Err{HTTPStatus: 418, Message: "teapot"} }

// Plain sets a documented one.
func Plain() *Err { return &Err{HTTPStatus: 400, Message: "bad"} }
