package imports

import (
	"github.com/gin-gonic/gin"
)

// A local named http is in scope where the fix goes: the import it adds
// takes another name.
func shadowed(c *gin.Context, http string) {
	c.String(404, http) // want `raw status 404 Not Found: use nethttp.StatusNotFound`
}
