// want package:"leakhelpers"

// Package fibercustom makes a fiber app with its own error handler:
// handlers' errors go there, and the handler is what is checked.
package fibercustom

import (
	"github.com/gofiber/fiber/v2"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func Serve() {
	app := fiber.New(fiber.Config{ErrorHandler: handle})
	app.Get("/", func(c *fiber.Ctx) error {
		_, err := users.Find(c.Params("id"))
		return err // the custom handler decides what is sent
	})
}

// handle is the app's error handler: its error parameter is whatever a
// handler returned.
func handle(c *fiber.Ctx, err error) error { // want handle:`leaks\(1:body@unknown, 1:body-text-encoded@500\)`
	if e, ok := err.(*fiber.Error); ok {
		return c.Status(e.Code).SendString(e.Message) // the status is not known here
	}
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
}
