package fasthttp

import (
	"net/http"

	"github.com/valyala/fasthttp"
)

// setStatus hands its status to fasthttp's setter only.
func setStatus(ctx *fasthttp.RequestCtx, status int) {
	ctx.Response.SetStatusCode(status)
}

// setBoth hands its status to fasthttp and to net/http, which sends a 0
// as it is.
func setBoth(ctx *fasthttp.RequestCtx, w http.ResponseWriter, status int) {
	ctx.SetStatusCode(status)
	w.WriteHeader(status)
}
