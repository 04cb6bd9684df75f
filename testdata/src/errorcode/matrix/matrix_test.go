package matrix

import "github.com/gin-gonic/gin"

// fixture is an expectation of a test, not a response.
var fixture = gin.H{"errcode": "M_FIXTURE", "error": "x"}
