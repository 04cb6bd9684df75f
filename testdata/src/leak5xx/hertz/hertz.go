// Package hertz holds leak5xx's hertz cases.
package hertz

import (
	"context"
	"log"
	"runtime/debug"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func handle(_ context.Context, c *app.RequestContext) {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		c.JSON(500, utils.H{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
		c.String(500, "failed: %v", err)                            // want `error text sent in a 500 Internal Server Error body`
		c.AbortWithMsg(err.Error(), 500)                            // want `error text sent in a 500 Internal Server Error body`
		return
	}
}

func stacks(_ context.Context, c *app.RequestContext) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("panic: %v\n%s", r, debug.Stack()) // logged: not a body
			c.AbortWithMsg("internal error", 500)
			c.String(500, "%v", r) // want `recovered panic value sent in a response body`
		}
	}()
}

func quiet(_ context.Context, c *app.RequestContext) {
	_, err := users.Find(c.Param("id"))
	if err != nil {
		c.JSON(400, utils.H{"error": err.Error()})
		c.AbortWithMsg("internal error", 500)
		c.AbortWithError(500, err) // recorded, not sent
	}
}
