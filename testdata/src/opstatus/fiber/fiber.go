// Package fiber registers handlers with fiber under nested groups.
package fiber

import "github.com/gofiber/fiber/v2"

func routes(app *fiber.App) {
	api := app.Group("/api")
	v1 := api.Group("/v1")
	v1.Put("/orders/:orderID", replaceOrder)
	app.Delete("/users/:id", deleteUser)
}

func replaceOrder(c *fiber.Ctx) error { // want replaceOrder:`answers\(406\)`
	return c.SendStatus(406) // want `status 406 Not Acceptable is not documented for PUT /orders/\{orderID\} in .*orders\.json:14 \(documented: 200, 400 and 409\)`
}

func deleteUser(c *fiber.Ctx) error { // want deleteUser:`answers\(404\)`
	return fiber.NewError(404, "no such user")
}
