// Package fiber3 holds the cases of fiber v3, whose Ctx is an interface:
// its sinks through the interface and through DefaultCtx, the redirect's
// status, fiber's own constants in fixes, the error path and the redirect
// middleware's config.
package fiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/redirect"
)

func handler(c fiber.Ctx, d *fiber.DefaultCtx, which int) error {
	switch which {
	case 0:
		return c.SendStatus(404) // want `raw status 404 Not Found: use fiber.StatusNotFound`
	case 1:
		return c.Status(fiber.StatusConflict).JSON(nil) // want `status 409 Conflict is not documented`
	case 2:
		return c.Redirect().Status(fiber.StatusFound).To("/") // want `status 302 Found is not documented`
	case 3:
		return d.SendStatus(fiber.StatusTeapot) // want `status 418 I'm a teapot is not documented`
	case 4:
		return c.Res().SendStatus(201) // want `raw status 201 Created: use fiber.StatusCreated`
	case 5:
		return fiber.NewError(fiber.StatusGone, "gone") // want `status 410 Gone is not documented`
	case 6:
		return &fiber.Error{Code: fiber.StatusLocked} // want `status 423 Locked is not documented`
	}
	// Negatives: a discarded error; a redirect with no status.
	_ = fiber.NewError(fiber.StatusConflict, "discarded")
	return c.Redirect().To("/")
}

// Middleware configures a redirect with an undocumented status.
func Middleware() fiber.Handler {
	return redirect.New(redirect.Config{StatusCode: fiber.StatusMovedPermanently}) // want `status 301 Moved Permanently is not documented`
}
