// Package chi holds errorcode cases for chi handlers that answer with
// go-chi/render.
package chi

import (
	"net/http"

	"github.com/go-chi/render"
)

// ErrResponse is a render.Renderer error body, as chi's examples write it.
type ErrResponse struct {
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
	AppCode        int64  `json:"code,omitempty"`
	ErrorText      string `json:"message,omitempty"`
}

// Render sets the status.
func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	render.JSON(w, r, render.M{"code": 40199, "message": "x"})                                 // want `error code 40199 is not documented`
	_ = render.Render(w, r, &ErrResponse{HTTPStatusCode: 404, AppCode: 10020, ErrorText: "x"}) // want `error code 10020 is not documented`
	_ = render.Render(w, r, &ErrResponse{HTTPStatusCode: 404, AppCode: 10002, ErrorText: "unknown guild"})
	render.JSON(w, r, render.M{"status": "ok", "count": 10020}) // right: not an error body
}
