// Package apierrors builds the API's errors and never sends them: the
// handler package that imports it sends their HTTPStatus. Its writes of
// the field are reported where the handlers call its constructors, since
// this package cannot know that the field is sent.
package apierrors

import "net/http"

// HTTPError is an error with the status the handlers answer with.
type HTTPError struct {
	HTTPStatus int
	ErrorCode  string
	Message    string
	Level      int // never sent
}

func (e *HTTPError) Error() string { return e.Message }

// NewHTTPError sets the status from its parameter.
func NewHTTPError(httpStatus int, code, msg string) *HTTPError {
	return &HTTPError{HTTPStatus: httpStatus, ErrorCode: code, Message: msg}
}

// NewConflictError sets a constant status, through NewHTTPError.
func NewConflictError(code, msg string) *HTTPError {
	return NewHTTPError(http.StatusConflict, code, msg)
}

// NewBadRequestError sets a documented status.
func NewBadRequestError(code, msg string) *HTTPError {
	return NewHTTPError(http.StatusBadRequest, code, msg)
}

// NewLevel sets a field that is never sent.
func NewLevel(level int) *HTTPError {
	return &HTTPError{Level: level, HTTPStatus: http.StatusBadRequest}
}

// StatusByName maps names to statuses: a map literal of constants.
var StatusByName = map[string]int{
	"conflict": http.StatusConflict,
	"missing":  http.StatusNotFound,
}

// Wrap logs nothing and gives err back: a framework error passed to it
// reaches the framework where its call does.
func Wrap(err error) error {
	if err == nil {
		return nil
	}
	return err
}

// Describe returns another error: what it is given goes nowhere.
func Describe(err error) error { return &HTTPError{Message: err.Error()} }

// Gone returns an error whose dynamic value, an *HTTPError, sets the
// status: the fact names the field by its path, not the result's type.
func Gone() error { return NewHTTPError(http.StatusGone, "gone", "gone") }

// Locked builds the literal itself behind an error.
func Locked() error { return &HTTPError{HTTPStatus: http.StatusLocked} }
