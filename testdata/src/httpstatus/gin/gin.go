// Package gin holds httpstatus cases for gin handlers.
package gin

import (
	"errors"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	fake "httpstatus/lookalike/gin"
)

// Context is the right name in the wrong package (this one).
type Context struct{}

// JSON is a method gin also has, on another type.
func (c *Context) JSON(code int, obj any) {}

type handler struct{ *gin.Context }

func routes(c *gin.Context, f *fake.Context, own *Context) {
	c.JSON(200, gin.H{})                   // want `raw status 200 OK: use http.StatusOK`
	c.IndentedJSON(201, nil)               // want `raw status 201 Created: use http.StatusCreated`
	c.SecureJSON(400, nil)                 // want `raw status 400 Bad Request: use http.StatusBadRequest`
	c.JSONP(401, nil)                      // want `raw status 401 Unauthorized: use http.StatusUnauthorized`
	c.AsciiJSON(403, nil)                  // want `raw status 403 Forbidden: use http.StatusForbidden`
	c.PureJSON(404, nil)                   // want `raw status 404 Not Found: use http.StatusNotFound`
	c.XML(409, nil)                        // want `raw status 409 Conflict: use http.StatusConflict` `status 409 Conflict is not documented`
	c.YAML(429, nil)                       // want `raw status 429 Too Many Requests: use http.StatusTooManyRequests`
	c.TOML(500, nil)                       // want `raw status 500 Internal Server Error: use http.StatusInternalServerError`
	c.ProtoBuf(502, nil)                   // want `raw status 502 Bad Gateway: use http.StatusBadGateway`
	c.String(204, "")                      // want `raw status 204 No Content: use http.StatusNoContent`
	c.HTML(304, "x", nil)                  // want `raw status 304 Not Modified: use http.StatusNotModified`
	c.Data(200, "text/plain", nil)         // want `raw status 200 OK: use http.StatusOK`
	c.DataFromReader(200, 0, "", nil, nil) // want `raw status 200 OK: use http.StatusOK`
	c.Render(200, render.JSON{})           // want `raw status 200 OK: use http.StatusOK`
	c.Redirect(302, "/")                   // want `raw status 302 Found: use http.StatusFound` `status 302 Found is not documented`
	c.Status(0)                            // right: gin keeps the status already set for 0 and below
	c.JSON(-1, gin.H{})                    // right: gin's way to write a body without a status
	keep(c, -1)                            // right: through a helper, gin keeps its status still
	c.Redirect(-1, "/")                    // want `-1 is not an HTTP status`
	c.AbortWithStatus(403)                 // want `raw status 403 Forbidden: use http.StatusForbidden`
	c.AbortWithStatusJSON(410, nil)        // want `raw status 410 Gone: use http.StatusGone` `status 410 Gone is not documented`
	c.AbortWithStatusPureJSON(400, nil)    // want `raw status 400 Bad Request: use http.StatusBadRequest`
	c.AbortWithError(500, errors.New("x")) // want `raw status 500 Internal Server Error: use http.StatusInternalServerError`
	c.Negotiate(406, gin.Negotiate{})      // want `raw status 406 Not Acceptable: use http.StatusNotAcceptable` `status 406 Not Acceptable is not documented`
	c.Writer.WriteHeader(404)              // want `raw status 404 Not Found: use http.StatusNotFound`
	h := handler{c}
	h.JSON(404, nil) // want `raw status 404 Not Found: use http.StatusNotFound`

	// Right name, wrong package; right method, wrong type.
	f.JSON(404, nil)
	f.AbortWithStatus(409)
	own.JSON(404, nil)
	// Not a status: integers that never reach one.
	_ = make([]byte, 500)
	time.Sleep(200)
	_ = c.Param("404")
}

// keep writes a body with the status its caller gives gin.
func keep(c *gin.Context, status int) {
	c.JSON(status, gin.H{})
}
