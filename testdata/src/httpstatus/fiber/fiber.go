// Package fiber holds httpstatus cases for fiber handlers: the fixes use
// fiber's own constants, since the file imports fiber and not net/http.
package fiber

import (
	"github.com/gofiber/fiber/v2"

	fake "httpstatus/lookalike/fiber"
)

func handler(c *fiber.Ctx, f *fake.Ctx) error {
	c.Status(404)                                // want `raw status 404 Not Found: use fiber.StatusNotFound`
	_ = c.Status(201).JSON(nil)                  // want `raw status 201 Created: use fiber.StatusCreated`
	_ = c.SendStatus(204)                        // want `raw status 204 No Content: use fiber.StatusNoContent`
	_ = c.Redirect("/", 302)                     // want `raw status 302 Found: use fiber.StatusFound` `status 302 Found is not documented`
	_ = c.Redirect("/")                          // right: no status
	_ = c.RedirectToRoute("r", fiber.Map{}, 303) // want `raw status 303 See Other: use fiber.StatusSeeOther` `status 303 See Other is not documented`
	_ = c.RedirectBack("/", 307)                 // want `raw status 307 Temporary Redirect: use fiber.StatusTemporaryRedirect` `status 307 Temporary Redirect is not documented`
	_ = c.SendStatus(306)                        // want `raw status 306: use fiber.StatusSwitchProxy` `status 306 is not documented`
	_ = c.SendStatus(fiber.StatusConflict)       // want `status 409 Conflict is not documented`
	err := fiber.NewError(400, "bad")            // want `raw status 400 Bad Request: use fiber.StatusBadRequest`
	_ = fiber.NewError(404)                      // right: discarded, never reaches fiber
	_ = &fiber.Error{Code: 1000, Message: "x"}   // right: discarded, never reaches fiber
	if err.Code == 400 {                         // want `raw status 400 Bad Request: use fiber.StatusBadRequest`
		return err
	}

	// Right names, wrong package.
	f.Status(404)
	_ = f.SendStatus(409)
	_ = fake.NewError(409)
	return nil
}
