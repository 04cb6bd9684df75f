// Package gin is not github.com/gin-gonic/gin: the right names in the
// wrong package, which httpstatus must not take for sinks.
package gin

// Context has gin's method names.
type Context struct{}

// JSON is not gin's.
func (c *Context) JSON(code int, obj any) {}

// AbortWithStatus is not gin's.
func (c *Context) AbortWithStatus(code int) {}
