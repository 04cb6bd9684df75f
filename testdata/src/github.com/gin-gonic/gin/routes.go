package gin

// Group creates a new router group under relativePath.
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	panic("stub")
}

// PUT registers a PUT handler.
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }

// PATCH registers a PATCH handler.
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }

// DELETE registers a DELETE handler.
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }

// Handle registers a handler for httpMethod.
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	panic("stub")
}
