// Package fibertest's handlers are served by an app made elsewhere; only
// its test makes one with the default error handler, which is not the one
// that serves them.
package fibertest

import "github.com/gofiber/fiber/v2"

type repo interface {
	Find(id string) (string, error)
}

var users repo

// Get returns the repository's error to whatever app serves it.
func Get(c *fiber.Ctx) error {
	_, err := users.Find(c.Params("id"))
	return err
}
