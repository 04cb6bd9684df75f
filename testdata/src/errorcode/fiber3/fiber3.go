// Package fiber3 holds errorcode's negatives for fiber v3's own error:
// fiber.Error has the keys code and message, but the framework answers
// with its Code as the status and its Message as plain text. A value
// returned to the framework, read by an error handler or declared for
// handlers to return is no {code, message} body.
package fiber3

import (
	"errors"

	"github.com/gofiber/fiber/v3"
)

// ErrUnauthorized is returned by handlers: fiber sends 401 and the text.
var ErrUnauthorized = fiber.NewError(fiber.StatusUnauthorized, "no token") // right: not a body

var errKept = &fiber.Error{Code: fiber.StatusUnauthorized, Message: "kept"} // right: not a body

func handler(c fiber.Ctx) error {
	switch c.Res() {
	case nil:
		return fiber.NewError(fiber.StatusUnauthorized, "no token") // right: the error path, not a body
	}
	if c.Redirect() == nil {
		return &fiber.Error{Code: fiber.StatusUnauthorized, Message: "x"} // right: the error path, not a body
	}
	if errKept != nil {
		return c.Status(fiber.StatusUnauthorized).SendString(fiber.NewError(fiber.StatusUnauthorized, "text").Error()) // right: its text, sent as text
	}
	return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"code": 10013, "message": "x"}) // want `error code 10013 is not documented`
}

// errorHandler answers with the error's code as the status and its text
// as a body of the documented shape, with a documented code.
func errorHandler(c fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var e *fiber.Error
	if errors.As(err, &e) {
		code = e.Code
	}
	return c.Status(code).JSON(fiber.Map{"code": 0, "message": err.Error()}) // right: 0 is documented
}

var app = fiber.New(fiber.Config{ErrorHandler: errorHandler})
