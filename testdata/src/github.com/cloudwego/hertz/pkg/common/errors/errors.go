// Package errors is a stub of github.com/cloudwego/hertz/pkg/common/errors
// for statuslint tests: only the signatures the tests need, copied from
// hertz v0.10.4.
package errors

// ErrorType is the kind of an Error.
type ErrorType uint64

// Error is an error attached to a RequestContext.
type Error struct {
	Err  error
	Type ErrorType
	Meta interface{}
}

// Error returns the wrapped error's text.
func (msg *Error) Error() string { return msg.Err.Error() }
