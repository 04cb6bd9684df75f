// Package chi holds httpstatus cases for chi's render package.
package chi

import (
	"net/http"
	"time"

	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 400)                        // want `raw status 400 Bad Request: use http.StatusBadRequest`
	render.Status(r, http.StatusPaymentRequired) // want `status 402 Payment Required is not documented`
	render.PlainText(w, r, "404")                // not a status: a body
	render.Status(r, 420)                        // right: 420 is documented, and no package names it here
}

// Status has render.Status's name and signature in the wrong package.
func Status(r *http.Request, status int) {}

// renderer has a Status method: the right name on the wrong type.
type renderer struct{}

func (renderer) Status(r *http.Request, status int) {}

func lookalikes(r *http.Request, status int) {
	Status(r, 409)            // right name, wrong package: not a sink
	renderer{}.Status(r, 409) // right method, wrong type: not a sink
	_ = make([]byte, 500)     // an integer that never reaches a status
	time.Sleep(200)           // likewise
	if status >= 500 {        // a range check, not a status
		render.Status(r, status) // a parameter: no constant to check
	}
}
