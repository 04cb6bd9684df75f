package fibertest

import (
	"testing"

	"github.com/gofiber/fiber/v2"
)

func TestGet(t *testing.T) {
	app := fiber.New()
	app.Get("/", Get)
}
