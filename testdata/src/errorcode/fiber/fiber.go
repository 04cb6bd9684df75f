// Package fiber holds errorcode cases for fiber handlers.
package fiber

import "github.com/gofiber/fiber/v2"

// Problem is the package's error body, with untagged fields.
type Problem struct {
	Code    int
	Message string
}

func handler(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"code": 10013, "message": "unknown kettu shard"}) // want `error code 10013 is not documented`
	}
	if c.Params("x") == "" {
		return c.Status(fiber.StatusBadRequest).JSON(Problem{Code: 404, Message: "x"}) // want `error code 404 is not documented`
	}
	// fiber's own Error: its Code is the HTTP status.
	if c.Params("y") == "" {
		return &fiber.Error{Code: 499, Message: "x"}
	}
	return fiber.NewError(fiber.StatusTeapot, "x")
}
