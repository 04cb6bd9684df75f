// Package fiber2 holds the error-path cases of fiber v2.
package fiber2

import "github.com/gofiber/fiber/v2"

func handler(c *fiber.Ctx, which int) error {
	switch which {
	case 0:
		return fiber.NewError(fiber.StatusConflict, "conflict") // want `status 409 Conflict is not documented`
	case 1:
		return &fiber.Error{Code: fiber.StatusGone, Message: "gone"} // want `status 410 Gone is not documented`
	}
	// Negatives: the values never reach fiber.
	_ = fiber.NewError(fiber.StatusConflict)
	log(fiber.NewError(fiber.StatusConflict, "logged"))
	return nil
}

func log(err error) {}
