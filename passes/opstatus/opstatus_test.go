package opstatus_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/opstatus"
)

// docs is the catalog the cases are written against: the users service's
// OpenAPI 3.1 document and the orders service's Swagger 2.0 document, the
// project's own fixtures, read by the OpenAPI reader.
func docs(t *testing.T) *catalog.Catalog {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "catalog", "openapi")
	users, err := read.Load(filepath.Join(dir, "users.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	orders, err := read.Load(filepath.Join(dir, "orders.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Two services' documents, one catalog: their error bodies differ, so
	// they are not merged; their operations are the operations of both.
	cat := users.Clone()
	cat.Operations = append(cat.Operations, orders.Operations...)
	return cat
}

// TestCases runs every case at once: net/http ServeMux patterns,
// gorilla/mux, chi, gin, echo and fiber routes; helpers across packages;
// handlers registered in another package; swag comments; and code that
// must not crash the pass. Fixes are checked against the .golden files.
func TestCases(t *testing.T) {
	t.Parallel()
	a := opstatus.New(opstatus.Options{Catalog: docs(t)})
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), a, "opstatus/...")
	seen := map[string]bool{}
	for _, r := range results {
		seen[r.Pass.Pkg.Path()] = true
	}
	for _, pkg := range []string{"nethttp", "gorilla", "chi", "gin", "echo", "fiber", "helpers", "handlers", "server", "swag", "swagunsent", "crash", "registered"} {
		if !seen["opstatus/"+pkg] {
			t.Errorf("package opstatus/%s was not analyzed", pkg)
		}
	}
	fixed := fixtest.Apply(t, results)
	if n := fixtest.TypeCheck(t, fixtest.TestData(t), fixed, nil); n == 0 {
		t.Errorf("no fixed package was type-checked")
	}
}

// TestRoutes checks the route table the pass builds, which -routes prints.
func TestRoutes(t *testing.T) {
	t.Parallel()
	a := opstatus.New(opstatus.Options{Catalog: docs(t)})
	results := analysistest.Run(fixtest.Quiet{T: t}, fixtest.TestData(t), a, "opstatus/gorilla", "opstatus/chi", "opstatus/gin", "opstatus/fiber", "opstatus/echo", "opstatus/registered")
	var got []string
	for _, r := range results {
		res, ok := r.Result.(*opstatus.Result)
		if !ok {
			t.Fatalf("%s: result %T", r.Pass.Pkg.Path(), r.Result)
		}
		for _, rt := range res.Routes {
			got = append(got, r.Pass.Pkg.Name()+": "+strings.TrimSpace(rt.Method+" "+rt.Path)+" "+rt.Handler+" → "+strings.Join(rt.Operations, ", "))
		}
	}
	want := []string{
		"gorilla: GET /api/v1/orders/{orderID:[0-9]+} gorilla.getOrder → GET /orders/{orderID}",
		"gorilla: PUT /api/v1/orders/{orderID} gorilla.replaceOrder → PUT /orders/{orderID}",
		"gorilla: POST /orders gorilla.placeOrder → POST /orders",
		"chi: GET /users chi.listUsers → GET /users",
		"chi: POST /users chi.createUser → POST /users",
		"chi: GET /users/{id} chi.getUser → GET /users/{id}",
		"chi: PATCH /users/{id} func literal → PATCH /users/{id}",
		"chi: DELETE /users/{id} chi.deleteUser → DELETE /users/{id}",
		"chi: DELETE /admin/users/{id} chi.adminDelete → ",
		"gin: GET /api/v1/orders/:orderID gin.getOrder → GET /orders/{orderID}",
		"gin: PUT /api/v1/orders/:orderID gin.replaceOrder → PUT /orders/{orderID}",
		"fiber: PUT /api/v1/orders/:orderID fiber.replaceOrder → PUT /orders/{orderID}",
		"fiber: DELETE /users/:id fiber.deleteUser → DELETE /users/{id}",
		"echo: POST /api/v1/orders echo.placeOrder → POST /orders",
		"echo: GET /users/:id echo.getUser → GET /users/{id}",
		"echo: POST /users echo.createUser → POST /users",
		"registered: POST /users registered.createUser → POST /users",
		"registered: GET /api/v1/orders/:orderID registered.getOrder → GET /orders/{orderID}",
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("route %q not found; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d routes, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
}

// TestNoOperations checks that a catalog without operations (a page of
// status codes) leaves routed handlers alone; swag comments still count.
func TestNoOperations(t *testing.T) {
	t.Parallel()
	a := opstatus.New(opstatus.Options{Catalog: catalog.Default()})
	results := analysistest.Run(fixtest.Quiet{T: t}, fixtest.TestData(t), a, "opstatus/nethttp", "opstatus/swag")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if r.Pass.Pkg.Path() == "opstatus/nethttp" {
				t.Errorf("%s: %s, with no operation documented", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// TestAnalyzer checks the analyzer's declaration.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	a := opstatus.New(opstatus.Options{})
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	if a.Name != "opstatus" || a.URL != "https://github.com/statuslint/statuslint#opstatus" {
		t.Errorf("Name, URL = %q, %q", a.Name, a.URL)
	}
	if !strings.HasPrefix(a.Doc, "opstatus: check the statuses") {
		t.Errorf("Doc does not come from doc.go's section:\n%s", a.Doc)
	}
}
