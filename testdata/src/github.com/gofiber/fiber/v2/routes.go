package fiber

// Put registers a PUT handler.
func (app *App) Put(path string, handlers ...Handler) Router { panic("stub") }

// Delete registers a DELETE handler.
func (app *App) Delete(path string, handlers ...Handler) Router { panic("stub") }

// Group creates a router group under prefix.
func (app *App) Group(prefix string, handlers ...Handler) Router { panic("stub") }
