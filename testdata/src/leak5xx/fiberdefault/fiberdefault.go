// No leakhelpers package fact: no function here writes a body itself.

// Package fiberdefault makes a fiber app with the default error handler,
// which sends a returned error's text with 500.
package fiberdefault

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

var errGone = errors.New("gone")

func Serve() {
	app := fiber.New()
	app.Get("/", func(c *fiber.Ctx) error {
		if _, err := users.Find(c.Params("id")); err != nil {
			return err // want `error text sent in a 500 Internal Server Error body by fiber's default error handler`
		}
		return c.Next() // the next handler's error, judged there
	})
	app.Get("/c", func(c *fiber.Ctx) error {
		if c.Params("x") == "" {
			return unauthorized(c) // another handler's error, judged there
		}
		return get(c)
	})
	app.Get("/b", get)
}

func get(c *fiber.Ctx) error {
	_, err := users.Find(c.Params("id"))
	if err != nil {
		if c.Params("x") == "" {
			return fiber.NewError(fiber.StatusNotFound, "no such user") // a constant message
		}
		if c.Params("y") == "" {
			return errGone // a sentinel's text is the program's own
		}
		return wrap(err) // want `error text sent in a 500 Internal Server Error body by fiber's default error handler`
	}
	return c.JSON(fiber.Map{"id": "x"})
}

var unauthorized fiber.Handler = func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusUnauthorized) }

func wrap(err error) error { return errors.Join(errGone, err) } // want wrap:`leaks\(result0:p0\)`
