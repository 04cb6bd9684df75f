// Package redirect is a stub of github.com/gofiber/fiber/v3/middleware/redirect
// (fiber v3.1.0) for statuslint tests.
package redirect

import "github.com/gofiber/fiber/v3"

// Config configures the middleware.
type Config struct {
	Next       func(fiber.Ctx) bool
	Rules      map[string]string
	StatusCode int
}

// New returns the middleware.
func New(config ...Config) fiber.Handler { panic("stub") }
