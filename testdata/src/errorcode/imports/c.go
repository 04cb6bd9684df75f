package imports

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// shadowed takes the name codes: the import the fixes add gets an alias.
func shadowed(c *gin.Context, codes []int) {
	c.JSON(http.StatusNotFound, gin.H{"code": 10001, "message": "unknown user"}) // want `raw error code 10001: use errorcodecodes.UnknownUser`
	c.JSON(http.StatusNotFound, gin.H{"code": 10098, "message": "unknown user"}) // want `error code 10098 is not documented`
}
