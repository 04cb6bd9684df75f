package sinks

// What the passes know of JSON bodies beyond the sinks that send them:
// the frameworks' map types, the packages that only log or format what
// they are given, and the calls whose argument is the body of a request
// the program sends to another server.

// A TypeName names a type of a package.
type TypeName struct {
	Pkg  string // package path
	Name string // type name
}

// MapTypes are the framework map types that a program writes as JSON
// objects.
var MapTypes = []TypeName{
	{"github.com/gin-gonic/gin", "H"},
	{"github.com/labstack/echo/v4", "Map"},
	{"github.com/gofiber/fiber/v2", "Map"},
	{"github.com/gofiber/fiber/v3", "Map"},
	{"github.com/cloudwego/hertz/pkg/common/utils", "H"},
	{"github.com/go-chi/render", "M"},
}

// QuietPackages are the packages whose calls log or format their
// arguments: an object passed to them is not a response.
var QuietPackages = []string{
	"fmt", "log", "log/slog", "testing",
	"github.com/sirupsen/logrus", "go.uber.org/zap",
	"github.com/rs/zerolog", "github.com/rs/zerolog/log",
	"github.com/golang/glog", "k8s.io/klog/v2",
}

// OutgoingRows are the functions and methods whose argument Arg is the
// body of a request the program sends to another server (Role
// RequestBody). They are not in Table: nothing they take is an answer.
var OutgoingRows = []Row{
	{Pkg: "net/http", Name: "NewRequest", Kind: Func, Arg: 2, Role: RequestBody},            // NewRequest(method, url string, body io.Reader)
	{Pkg: "net/http", Name: "NewRequestWithContext", Kind: Func, Arg: 3, Role: RequestBody}, // NewRequestWithContext(ctx, method, url string, body io.Reader)
	{Pkg: "net/http", Name: "Post", Kind: Func, Arg: 2, Role: RequestBody},                  // Post(url, contentType string, body io.Reader)
	{Pkg: "net/http", Recv: "Client", Name: "Post", Kind: Method, Arg: 2, Role: RequestBody},
	{Pkg: "net/http/httptest", Name: "NewRequest", Kind: Func, Arg: 2, Role: RequestBody},
	{Pkg: "net/http/httptest", Name: "NewRequestWithContext", Kind: Func, Arg: 3, Role: RequestBody},
}

var (
	mapTypes      = make(map[TypeName]bool)
	quietPackages = make(map[string]bool)
	outgoing      = make(map[key]bool)
)

func init() {
	for _, t := range MapTypes {
		mapTypes[t] = true
	}
	for _, p := range QuietPackages {
		quietPackages[p] = true
	}
	for _, r := range OutgoingRows {
		outgoing[key{r.Pkg, r.Recv, r.Name}] = true
	}
}

// IsMapType reports whether the type pkg.name is a framework map type
// written as a JSON object (gin.H, echo.Map, fiber.Map, …).
func IsMapType(pkg, name string) bool { return mapTypes[TypeName{pkg, name}] }

// IsQuiet reports whether the package path only logs or formats what its
// functions are given.
func IsQuiet(path string) bool { return quietPackages[path] }

// IsOutgoing reports whether the function pkg.name, or the method
// recv.name of pkg, takes the body of an outgoing request.
func IsOutgoing(pkg, recv, name string) bool { return outgoing[key{pkg, recv, name}] }
