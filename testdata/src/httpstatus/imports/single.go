package imports

import "github.com/gin-gonic/gin"

// The file does not import net/http: the fix makes a block of
// the two imports, the standard library first.
func single(c *gin.Context) {
	c.JSON(201, nil) // want `raw status 201 Created: use http.StatusCreated`
	c.JSON(201, nil) // want `raw status 201 Created: use http.StatusCreated`
}
