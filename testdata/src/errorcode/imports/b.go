package imports

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func add(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"code": 10001, "message": "unknown user"})           // want `raw error code 10001: use codes.UnknownUser`
	c.JSON(http.StatusBadRequest, gin.H{"code": 40099, "message": "missing access token"}) // want `error code 40099 is not documented`
}
