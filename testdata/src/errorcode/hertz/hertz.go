// Package hertz holds errorcode cases for hertz handlers.
package hertz

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

func handler(ctx context.Context, c *app.RequestContext) {
	c.JSON(consts.StatusNotFound, utils.H{"code": 10404, "message": "x"}) // want `error code 10404 is not documented`
	c.JSON(consts.StatusNotFound, utils.H{"code": 10004, "message": "unknown image"})
}
