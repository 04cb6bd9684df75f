// Package fiber is not github.com/gofiber/fiber/v2: the right names in the
// wrong package.
package fiber

// Ctx has fiber's method names.
type Ctx struct{}

// Status is not fiber's.
func (c *Ctx) Status(status int) *Ctx { return c }

// SendStatus is not fiber's.
func (c *Ctx) SendStatus(status int) error { return nil }

// NewError is not fiber's.
func NewError(code int, message ...string) error { return nil }
