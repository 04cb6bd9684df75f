// Package fasthttp holds httpstatus cases for fasthttp handlers.
package fasthttp

import (
	"github.com/valyala/fasthttp"
)

// RequestCtx is the right name in the wrong package.
type RequestCtx struct{}

// SetStatusCode is not fasthttp's.
func (*RequestCtx) SetStatusCode(int) {}

func handler(ctx *fasthttp.RequestCtx, own *RequestCtx) {
	ctx.SetStatusCode(404)                     // want `raw status 404 Not Found: use fasthttp.StatusNotFound`
	ctx.Error("bad", 400)                      // want `raw status 400 Bad Request: use fasthttp.StatusBadRequest`
	ctx.Redirect("/", 308)                     // want `raw status 308 Permanent Redirect: use fasthttp.StatusPermanentRedirect` `status 308 Permanent Redirect is not documented`
	ctx.RedirectBytes([]byte("/"), 302)        // want `raw status 302 Found: use fasthttp.StatusFound` `status 302 Found is not documented`
	ctx.TimeoutErrorWithCode("slow", 503)      // want `raw status 503 Service Unavailable: use fasthttp.StatusServiceUnavailable`
	ctx.Response.SetStatusCode(201)            // want `raw status 201 Created: use fasthttp.StatusCreated`
	ctx.Response.Header.SetStatusCode(700)     // want `700 is not an HTTP status`
	ctx.SetStatusCode(fasthttp.StatusConflict) // want `status 409 Conflict is not documented`

	// fasthttp reads a status of 0 back as 200: 0 is a status not set,
	// where the status is set, and nowhere else.
	ctx.SetStatusCode(0)
	ctx.Response.Header.SetStatusCode(0)
	ctx.Error("bad", 0)   // want `0 is not an HTTP status`
	setStatus(ctx, 0)     // through a helper that only sets the status
	setBoth(ctx, nil, 0)  // want `0 is not an HTTP status`
	ctx.SetStatusCode(-1) // want `-1 is not an HTTP status`

	// Right method, wrong type; not a status.
	own.SetStatusCode(404)
	ctx.SetBody(make([]byte, 500))
	if ctx.Response.StatusCode() >= 500 {
		return
	}
}
