// Package codes declares the module's named error codes, as
// `statuslint catalog -format go` would.
package codes

// Code is an error code of the API.
type Code int

// The documented error codes the cases use.
const (
	General     Code = 0
	UnknownUser Code = 10001
	MissingAuth Code = 40006
)

// ErrInsufficientPermissions is untyped, so it goes where an int goes.
const ErrInsufficientPermissions = 50002

// Unrelated constants with the values of error codes: not named as codes.
const (
	MaxItems = 40006
	Zero     = 0
)

// Shape has the error body's fields, but nothing here can write JSON.
type Shape struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

var _ = Shape{Code: 99999, Message: "never sent"}
