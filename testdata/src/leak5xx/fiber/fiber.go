// Package fiber holds leak5xx's fiber cases, in a package that does not
// make the app (its error handler is unknown here).
package fiber

import (
	"fmt"
	"runtime"

	"github.com/gofiber/fiber/v2"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func bodies(c *fiber.Ctx) error {
	_, err := users.Find(c.Params("id"))
	if err != nil {
		if c.Params("a") == "" {
			return c.Status(500).JSON(fiber.Map{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
		}
		if c.Params("b") == "" {
			return c.Status(fiber.StatusBadGateway).SendString(err.Error()) // want `error text sent in a 502 Bad Gateway body`
		}
		if c.Params("c") == "" {
			c.Status(500)
			fmt.Fprintf(c, "failed: %v", err) // want `error text sent in a 500 Internal Server Error body`
			return nil
		}
		return fiber.NewError(fiber.StatusInternalServerError, err.Error()) // want `error text sent in a 500 Internal Server Error body`
	}
	return nil
}

func stacks(c *fiber.Ctx) error {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return c.Status(fiber.StatusOK).Send(buf[:n]) // want `stack trace sent in a response body`
}

// Quiet cases.

func quiet(c *fiber.Ctx) error {
	_, err := users.Find(c.Params("id"))
	if err != nil {
		if c.Params("a") == "" {
			return fiber.NewError(fiber.StatusNotFound, err.Error()) // a 4xx message is for the client
		}
		if c.Params("b") == "" {
			return c.Status(400).JSON(fiber.Map{"error": err.Error()})
		}
		return err // the app and its error handler are not in this package
	}
	return c.SendStatus(204)
}
