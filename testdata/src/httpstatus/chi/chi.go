// Package chi holds httpstatus cases for chi's render package.
package chi

import (
	"net/http"

	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 400)                        // want `raw status 400: use http.StatusBadRequest`
	render.Status(r, http.StatusPaymentRequired) // want `status 402 Payment Required is not documented`
	render.PlainText(w, r, "404")                // not a status: a body
	render.Status(r, 420)                        // right: 420 is documented, and no package names it here
}
