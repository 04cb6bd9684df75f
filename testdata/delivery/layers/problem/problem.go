// Package problem builds the API's problems and sends none: respond
// sends their Status, so the constructors' calls in the handlers are
// sites (a field-results fact here, a sent-fields fact on respond).
package problem

import "net/http"

// Problem is an error with the status respond answers with.
type Problem struct {
	Status int
	Title  string
}

func (p *Problem) Error() string { return p.Title }

// New sets the status from its parameter.
func New(status int, title string) *Problem { return &Problem{Status: status, Title: title} }

// Missing sets a documented constant status.
func Missing() *Problem { return New(http.StatusNotFound, "missing") }

// Statuses maps names to statuses: a map-entries fact.
var Statuses = map[string]int{"missing": http.StatusNotFound}

// Wrap gives its error back: a passes-error fact.
func Wrap(err error) error { return err }
