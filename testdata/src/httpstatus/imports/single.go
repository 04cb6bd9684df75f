package imports

import "github.com/gin-gonic/gin"

// The file does not import net/http: the fix adds it after the one import.
func single(c *gin.Context) {
	c.JSON(201, nil) // want `raw status 201 Created: use http.StatusCreated`
	c.JSON(201, nil) // want `raw status 201 Created: use http.StatusCreated`
}
