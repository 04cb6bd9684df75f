// Package use calls the declared sink.
package use

import (
	"net/http"

	"httpstatus/declared/web"
)

func handler(c *web.Ctx) {
	c.Abort(http.StatusConflict, "conflict") // want `status 409 Conflict is not documented in docs/status-codes.md`
	c.Abort(http.StatusNotFound, "missing")  // right: documented
	c.Note(http.StatusConflict, "not a sink")
}

// fail is a helper of the declared sink: followed as any helper.
func fail(c *web.Ctx, code int) { c.Abort(code, "") }

func handler2(c *web.Ctx) {
	fail(c, http.StatusTeapot) // want `status 418 I'm a teapot is not documented in docs/status-codes.md`
}
