// Package fasthttp holds leak5xx's fasthttp cases.
package fasthttp

import (
	"fmt"
	"runtime/debug"

	"github.com/valyala/fasthttp"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func handle(ctx *fasthttp.RequestCtx) {
	_, err := users.Find(string(ctx.Path()))
	if err != nil {
		ctx.Error(err.Error(), fasthttp.StatusInternalServerError) // want `error text sent in a 500 Internal Server Error body`
		ctx.SetStatusCode(503)
		ctx.SetBodyString("unavailable: " + err.Error()) // want `error text sent in a 503 Service Unavailable body`
		fmt.Fprintf(ctx, "%v", err)                      // want `error text sent in a 503 Service Unavailable body`
		return
	}
}

func stacks(ctx *fasthttp.RequestCtx) {
	ctx.SetBody(debug.Stack()) // want `stack trace sent in a response body`
}

func quiet(ctx *fasthttp.RequestCtx) {
	_, err := users.Find(string(ctx.Path()))
	if err != nil {
		ctx.Error(err.Error(), fasthttp.StatusBadRequest)
		ctx.Error(fasthttp.StatusMessage(500), 500)
		return
	}
}
