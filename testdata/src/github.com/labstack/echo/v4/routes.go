package echo

// PUT registers a PUT handler.
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// DELETE registers a DELETE handler.
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// PATCH registers a PATCH handler.
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// Group creates a router group under prefix.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { panic("stub") }

// Group is a set of routes under one prefix.
type Group struct{}

// GET registers a GET handler in the group.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// POST registers a POST handler in the group.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// PUT registers a PUT handler in the group.
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// DELETE registers a DELETE handler in the group.
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// Group creates a subgroup under prefix.
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { panic("stub") }
