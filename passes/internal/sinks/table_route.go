package sinks

// Roles of the route table: where a program registers a handler for a
// method and a path, and where it builds routers under a path prefix.
// They are numbered apart from the roles of Table, whose rows they never
// share.
const (
	// RoutePath is the path or pattern a handler is registered under
	// ("/users/{id}", or a ServeMux pattern "GET /users/{id}").
	RoutePath Role = 64 + iota
	// RouteHandler is the handler registered. A variadic handler
	// parameter (gin's and fiber's handlers ...HandlerFunc) holds
	// middleware first: its last argument is the handler.
	RouteHandler
	// RouteMethod is a method given as an argument (gin's Handle, chi's
	// Method). Without one, the method is the row's Name when it is an
	// HTTP method (GET, Get), else any method.
	RouteMethod
	// RoutePrefix is the prefix of the router the call returns, under
	// the receiver's own (gin's, echo's and fiber's Group, gorilla's
	// PathPrefix); for chi's Route and Mount, of the router the
	// RouteScope or RouteMount argument is.
	RoutePrefix
	// RouteScope is a function the call runs with a router under the
	// receiver's prefix (and the call's RoutePrefix) as its parameter:
	// chi's Group(fn) and Route(pattern, fn).
	RouteScope
	// RouteMount is a router mounted under the call's RoutePrefix
	// (chi's Mount): the routes registered on it gain the prefix.
	RouteMount
	// RouteSub is a call that returns a router under the receiver's
	// prefix: gorilla's Subrouter, chi's With.
	RouteSub
	// RouteMethods are the methods of the route the receiver registered
	// (gorilla's r.HandleFunc(path, h).Methods("GET")).
	RouteMethods
)

// RouteTable is the table of route registrations. It is not part of
// Table: the summary does not follow values into it, and a package that
// only registers routes is not a sink package.
var RouteTable = routeRows

// routeRows are the route registrations, grouped by framework; each group
// names the module version its signatures were read from.
var routeRows = []Row{
	// net/http (Go 1.22 patterns: "GET /users/{id}").
	{Pkg: "net/http", Recv: "ServeMux", Name: "Handle", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "net/http", Recv: "ServeMux", Name: "Handle", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "net/http", Recv: "ServeMux", Name: "HandleFunc", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "net/http", Recv: "ServeMux", Name: "HandleFunc", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "net/http", Recv: "", Name: "Handle", Kind: Func, Arg: 0, Role: RoutePath},
	{Pkg: "net/http", Recv: "", Name: "Handle", Kind: Func, Arg: 1, Role: RouteHandler},
	{Pkg: "net/http", Recv: "", Name: "HandleFunc", Kind: Func, Arg: 0, Role: RoutePath},
	{Pkg: "net/http", Recv: "", Name: "HandleFunc", Kind: Func, Arg: 1, Role: RouteHandler},

	// github.com/gorilla/mux v1.8.1: (*Router).HandleFunc(path, f) *Route,
	// (*Route).Methods(methods ...string), PathPrefix(tpl).Subrouter().
	{Pkg: "github.com/gorilla/mux", Recv: "Router", Name: "Handle", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gorilla/mux", Recv: "Router", Name: "Handle", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gorilla/mux", Recv: "Router", Name: "HandleFunc", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gorilla/mux", Recv: "Router", Name: "HandleFunc", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gorilla/mux", Recv: "Route", Name: "Methods", Kind: Method, Arg: 0, Role: RouteMethods},
	{Pkg: "github.com/gorilla/mux", Recv: "Router", Name: "PathPrefix", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/gorilla/mux", Recv: "Route", Name: "Subrouter", Kind: Method, Arg: -1, Role: RouteSub},

	// github.com/go-chi/chi/v5 v5.5.0: the Router interface and *Mux alike.
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Get", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Get", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Post", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Post", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Put", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Put", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Patch", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Patch", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Delete", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Delete", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Head", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Head", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Options", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Options", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Handle", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Handle", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "HandleFunc", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "HandleFunc", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Method", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Method", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Method", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Route", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Route", Kind: Method, Arg: 1, Role: RouteScope},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Group", Kind: Method, Arg: 0, Role: RouteScope},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Mount", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "Mount", Kind: Method, Arg: 1, Role: RouteMount},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Router", Name: "With", Kind: Method, Arg: -1, Role: RouteSub},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Get", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Get", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Post", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Post", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Put", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Put", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Patch", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Patch", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Delete", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Delete", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Head", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Head", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Options", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Options", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Handle", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Handle", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "HandleFunc", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "HandleFunc", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Method", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Method", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Method", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Route", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Route", Kind: Method, Arg: 1, Role: RouteScope},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Group", Kind: Method, Arg: 0, Role: RouteScope},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Mount", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "Mount", Kind: Method, Arg: 1, Role: RouteMount},
	{Pkg: "github.com/go-chi/chi/v5", Recv: "Mux", Name: "With", Kind: Method, Arg: -1, Role: RouteSub},

	// github.com/gin-gonic/gin v1.12.0: *RouterGroup (which *Engine embeds)
	// and the IRoutes interface its methods return.
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "GET", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "GET", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "POST", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "POST", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "PUT", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "PUT", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "PATCH", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "PATCH", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "DELETE", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "DELETE", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "HEAD", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "HEAD", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "OPTIONS", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "OPTIONS", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Any", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Any", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Handle", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Handle", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Handle", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "GET", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "GET", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "POST", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "POST", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "PUT", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "PUT", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "PATCH", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "PATCH", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "DELETE", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "DELETE", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "HEAD", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "HEAD", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "OPTIONS", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "OPTIONS", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "Any", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "Any", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "Handle", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "Handle", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/gin-gonic/gin", Recv: "IRoutes", Name: "Handle", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/gin-gonic/gin", Recv: "RouterGroup", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},

	// github.com/labstack/echo/v4 v4.16.0: *Echo and *Group; h is one
	// argument, middleware follow it.
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "GET", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "GET", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "POST", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "POST", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "PUT", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "PUT", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "PATCH", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "PATCH", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "DELETE", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "DELETE", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "HEAD", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "HEAD", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "OPTIONS", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "OPTIONS", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Any", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Any", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Add", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Add", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Add", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Echo", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "GET", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "GET", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "POST", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "POST", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "PUT", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "PUT", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "PATCH", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "PATCH", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "DELETE", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "DELETE", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "HEAD", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "HEAD", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "OPTIONS", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "OPTIONS", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Any", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Any", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Add", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Add", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Add", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/labstack/echo/v4", Recv: "Group", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},

	// github.com/gofiber/fiber/v2 v2.52.15: *App, *Group and the Router
	// interface App.Group returns.
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Get", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Get", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Post", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Post", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Put", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Put", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Patch", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Patch", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Delete", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Delete", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Head", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Head", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Options", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Options", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "All", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "All", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Add", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Add", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Add", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "App", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Get", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Get", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Post", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Post", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Put", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Put", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Patch", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Patch", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Delete", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Delete", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Head", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Head", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Options", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Options", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "All", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "All", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Add", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Add", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Add", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Group", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Get", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Get", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Post", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Post", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Put", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Put", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Patch", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Patch", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Delete", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Delete", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Head", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Head", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Options", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Options", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "All", Kind: Method, Arg: 0, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "All", Kind: Method, Arg: 1, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Add", Kind: Method, Arg: 0, Role: RouteMethod},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Add", Kind: Method, Arg: 1, Role: RoutePath},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Add", Kind: Method, Arg: 2, Role: RouteHandler},
	{Pkg: "github.com/gofiber/fiber/v2", Recv: "Router", Name: "Group", Kind: Method, Arg: 0, Role: RoutePrefix},
}
