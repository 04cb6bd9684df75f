// A sink package is in reach: it imports one. // want package:"in-reach"

// Package carry writes codes that other packages send: the summary
// analyzer exports what its constructors set, its maps hold and its
// helpers give back.
package carry

import "net/http"

// Error is sent by the packages that import this one.
type Error struct {
	Status int
	Text   string
	cause  error
	Ratio  float64
}

func (e *Error) Error() string { return e.Text }

// New sets Status and Text from its parameters.
func New(status int, text string) *Error { // want New:`fields\(Status:0, Text:1\)`
	return &Error{Status: status, Text: text}
}

// Gone sets a constant through New.
func Gone() *Error { // want Gone:`fields\(Status=410\)`
	return New(http.StatusGone, "gone")
}

// Either sets one constant or another.
func Either(b bool, text string) *Error { // want Either:`fields\(Status=409, Text:1, Status=423\)`
	if b {
		return New(http.StatusConflict, text)
	}
	return New(http.StatusLocked, text)
}

// Ratio sets no field of a code's type, and cause is unexported.
func Ratio(r float64, err error) *Error {
	return &Error{Ratio: r, cause: err}
}

// Computed sets Status from a computation.
func Computed(n int) *Error {
	return &Error{Status: n * 2}
}

// newError is not exported: no fact.
func newError(status int) *Error { return &Error{Status: status} }

// Statuses is a map literal of constants.
var Statuses = map[string]int{ // want Statuses:`entries\(2\)`
	"gone":     http.StatusGone,
	"conflict": http.StatusConflict,
	"computed": computed(),
}

// Reasons is a map of strings.
var Reasons = map[int]string{4000: "unknown"} // want Reasons:`entries\(1\)`

var statuses = map[string]int{"gone": http.StatusGone} // not exported: no fact

// Wrap gives its error back.
func Wrap(err error) error { // want Wrap:`passes-error\(0\)`
	if err == nil {
		return nil
	}
	return err
}

// Second gives its second error back, on one path.
func Second(a, b error) error { // want Second:`passes-error\(1\)` Second:`fields\(Status=410\)`
	if a != nil {
		return New(http.StatusGone, a.Error())
	}
	return b
}

// Annotate returns a new error: no passes-error fact, but its Status.
func Annotate(err error) error { return New(http.StatusGone, err.Error()) } // want Annotate:`fields\(Status=410\)`

func computed() int { return http.StatusGone }
