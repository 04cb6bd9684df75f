// Package hertz holds httpstatus cases for hertz handlers: the fixes use
// hertz's consts, which the file imports.
package hertz

import (
	"context"
	"errors"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

// RequestContext is the right name in the wrong package.
type RequestContext struct{}

// JSON is not hertz's.
func (*RequestContext) JSON(code int, obj any) {}

func handler(c context.Context, ctx *app.RequestContext, own *RequestContext) {
	ctx.Status(200)                          // want `raw status 200 OK: use consts.StatusOK`
	ctx.SetStatusCode(201)                   // want `raw status 201 Created: use consts.StatusCreated`
	ctx.SetStatusCode(0)                     // right: hertz sends a status set to 0 as 200
	ctx.JSON(0, nil)                         // want `0 is not an HTTP status`
	ctx.Redirect(302, []byte("/"))           // want `raw status 302 Found: use consts.StatusFound` `status 302 Found is not documented`
	ctx.AbortWithStatus(401)                 // want `raw status 401 Unauthorized: use consts.StatusUnauthorized`
	ctx.AbortWithMsg("no", 403)              // want `raw status 403 Forbidden: use consts.StatusForbidden`
	ctx.AbortWithStatusJSON(404, nil)        // want `raw status 404 Not Found: use consts.StatusNotFound`
	ctx.AbortWithError(500, errors.New("x")) // want `raw status 500 Internal Server Error: use consts.StatusInternalServerError`
	ctx.Render(200, render.JSONRender{})     // want `raw status 200 OK: use consts.StatusOK`
	ctx.String(200, "")                      // want `raw status 200 OK: use consts.StatusOK`
	ctx.Data(200, "x", nil)                  // want `raw status 200 OK: use consts.StatusOK`
	ctx.HTML(200, "t", nil)                  // want `raw status 200 OK: use consts.StatusOK`
	ctx.JSON(409, nil)                       // want `raw status 409 Conflict: use consts.StatusConflict` `status 409 Conflict is not documented`
	ctx.PureJSON(200, nil)                   // want `raw status 200 OK: use consts.StatusOK`
	ctx.IndentedJSON(200, nil)               // want `raw status 200 OK: use consts.StatusOK`
	ctx.XML(200, nil)                        // want `raw status 200 OK: use consts.StatusOK`
	ctx.ProtoBuf(200, nil)                   // want `raw status 200 OK: use consts.StatusOK`
	ctx.Response.SetStatusCode(204)          // want `raw status 204 No Content: use consts.StatusNoContent`
	ctx.Response.Header.SetStatusCode(304)   // want `raw status 304 Not Modified: use consts.StatusNotModified`
	ctx.JSON(consts.StatusTeapot, nil)       // want `status 418 I'm a teapot is not documented`

	// Right method, wrong type; not a status.
	own.JSON(409, nil)
	ctx.SetBodyString(string(make([]byte, 500)))
}
