package read

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/catalog"
)

func openAPIFixture(name string) string {
	return filepath.Join("..", "..", "testdata", "catalog", "openapi", name)
}

type opSummary struct {
	Method, Path string
	Statuses     []int
	Ranges       []string
	Default      bool
	Base         string
	Line         int
}

func summarize(ops []catalog.Operation) []opSummary {
	var out []opSummary
	for _, o := range ops {
		out = append(out, opSummary{o.Method, o.Path, o.Statuses, o.Ranges, o.Default, o.Base, o.Pos.Line})
	}
	return out
}

// TestOpenAPI31 reads the users service's 3.1 document: per-operation
// statuses, ranges and default, $refs to components and to a sibling
// file, the API-wide lists, the error body and the enum of its code.
func TestOpenAPI31(t *testing.T) {
	c, err := Load(openAPIFixture("users.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []opSummary{
		{"GET", "/users", []int{200}, nil, true, "", 10},
		{"POST", "/users", []int{201, 400, 409}, nil, false, "", 21},
		{"GET", "/users/{id}", []int{200, 404}, nil, false, "", 37},
		{"DELETE", "/users/{id}", []int{204, 404}, []string{"5XX"}, false, "", 44},
		{"PATCH", "/users/{id}", []int{200, 422}, nil, false, "", 53},
	}
	if diff := cmp.Diff(want, summarize(c.Operations)); diff != "" {
		t.Errorf("operations (-want +got):\n%s", diff)
	}
	var statuses []int
	for _, s := range c.HTTP {
		statuses = append(statuses, s.Code)
	}
	// 418 is named only by an x- extension, which is not read.
	if diff := cmp.Diff([]int{200, 201, 204, 400, 404, 409, 422}, statuses); diff != "" {
		t.Errorf("API-wide statuses (-want +got):\n%s", diff)
	}
	if len(c.HTTPRanges) != 1 || c.HTTPRanges[0].Class != "5xx" {
		t.Errorf("ranges = %v, want the 5xx class", c.HTTPRanges)
	}
	if got, want := c.ErrorShape.String(), "{code, message}"; got != want || c.ErrorShape.Code != "code" {
		t.Errorf("error shape = %s (code field %q), want %s", got, c.ErrorShape.Code, want)
	}
	var codes []string
	for _, e := range c.ErrorCodes {
		codes = append(codes, e.Code.String())
	}
	if diff := cmp.Diff([]string{"10001", "10002", "10003"}, codes); diff != "" {
		t.Errorf("error codes, from the sibling file's enum (-want +got):\n%s", diff)
	}
	if s, ok := c.Status(404); !ok || s.Name != "Not Found" || s.Pos.Line != 42 {
		t.Errorf("404 = %+v, want Not Found at its first response, line 42", s)
	}
}

// TestSwagger20 reads a Swagger 2.0 JSON document: basePath, nested error
// objects with string codes.
func TestSwagger20(t *testing.T) {
	c, err := Load(openAPIFixture("orders.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := []opSummary{
		{"POST", "/orders", []int{201, 400}, nil, false, "/api/v1", 24},
		{"GET", "/orders/{orderID}", []int{200, 404}, nil, false, "/api/v1", 7},
		{"PUT", "/orders/{orderID}", []int{200, 400, 409}, nil, false, "/api/v1", 14},
	}
	if diff := cmp.Diff(want, summarize(c.Operations)); diff != "" {
		t.Errorf("operations (-want +got):\n%s", diff)
	}
	if c.ErrorShape.Path != "error" || c.ErrorShape.Code != "code" || c.ErrorShape.Message != "message" {
		t.Errorf("error shape = %+v, want {code, message} under error", c.ErrorShape)
	}
	if _, ok := c.LookupErrorCode(catalog.StringCode("ORDER_SHIPPED")); !ok || len(c.ErrorCodes) != 3 {
		t.Errorf("error codes = %v, want the three ORDER_ codes", c.ErrorCodes)
	}
}

// TestOpenAPIByContent: a document is OpenAPI by its top-level key, not
// its name; a catalog file that only mentions the word below its top is
// still a catalog file; Markdown about OpenAPI is Markdown.
func TestOpenAPIByContent(t *testing.T) {
	c, err := Load(openAPIFixture("named.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Operations) != 1 || c.Operations[0].Name() != "GET /ping" {
		t.Errorf("operations = %v, want GET /ping", c.Operations)
	}
	js := `{"http": [{"code": 200, "name": "OK", "meaning": "see the \"openapi\": doc"}]}`
	c, err = Parse("cat.json", []byte(js))
	if err != nil || len(c.HTTP) != 1 || c.HasOperations() {
		t.Errorf("catalog JSON mentioning openapi: %v, %v", c, err)
	}
	md := "# Our openapi: notes\n\n## Status codes\n\n| code | meaning |\n|---|---|\n| 200 | ok |\n"
	c, err = Parse("notes.md", []byte(md))
	if err != nil || len(c.HTTP) != 1 || c.HasOperations() {
		t.Errorf("Markdown about OpenAPI: %v, %v", c, err)
	}
}

// TestOpenAPIErrors: a malformed document is one file:line error.
func TestOpenAPIErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"bad-ref.yaml", `bad-ref.yaml:10: invalid OpenAPI document: `},
		{"bad-status.yaml", `bad-status.yaml:9: response "600" of GET /things is not a status (100 to 599, 1XX to 5XX or default)`},
		{"bad-yaml.yaml", `bad-yaml.yaml:2: invalid YAML: `},
	}
	for _, tt := range tests {
		_, err := Load(openAPIFixture(tt.file))
		if err == nil {
			t.Errorf("%s: no error", tt.file)
			continue
		}
		msg := strings.TrimPrefix(err.Error(), openAPIFixture("")+string(filepath.Separator))
		if !strings.HasPrefix(msg, tt.want) || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q, want one line starting %q", tt.file, msg, tt.want)
		}
	}
	for _, doc := range []string{
		"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'https://example.com/r.yaml#/R'\n",
		"swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n",
		"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
	} {
		if _, err := Parse("doc.yaml", []byte(doc)); err == nil || !strings.HasPrefix(err.Error(), "doc.yaml:") {
			t.Errorf("%q: error %v, want doc.yaml:line", doc, err)
		}
	}
}

// TestOpenAPIJSONOutput: catalog -json writes operations in the issue's
// form, and a page of status codes writes none.
func TestOpenAPIJSONOutput(t *testing.T) {
	c, err := Load(openAPIFixture("users.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	want := `"method": "GET",
      "path": "/users/{id}",
      "operation_id": "getUser",
      "statuses": [
        200,
        404
      ]`
	if !strings.Contains(buf.String(), want) {
		t.Errorf("catalog -json lacks\n%s\nin\n%s", want, buf.String())
	}
	buf.Reset()
	if err := catalog.Default().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "operations") {
		t.Errorf("the default catalog writes operations")
	}
	// A merged catalog keeps both documents' operations.
	o, err := Load(openAPIFixture("users.yaml"), openAPIFixture("named.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Operations) != 6 {
		t.Errorf("merged: %d operations, want 6", len(o.Operations))
	}
}

// TestOpenAPIErrorShape: of error bodies as common, a range's or a
// default's is the error shape, not one status's (a rate limit's).
func TestOpenAPIErrorShape(t *testing.T) {
	doc := `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200": {description: ok}
        "429": {$ref: "#/components/responses/Limited"}
        4XX: {$ref: "#/components/responses/Failed"}
components:
  responses:
    Limited:
      description: slow down
      content:
        application/json:
          schema:
            type: object
            properties: {message: {type: string}, retry_after: {type: number}}
    Failed:
      description: failed
      content:
        application/json:
          schema:
            type: object
            properties: {code: {type: integer, enum: [10001, 50035]}, message: {type: string}}
`
	c, err := Parse("doc.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.ErrorShape.String(); got != "{code, message}" || c.ErrorShape.Code != "code" {
		t.Errorf("error shape = %s, want the 4XX body {code, message}", got)
	}
	if len(c.ErrorCodes) != 2 {
		t.Errorf("error codes = %v, want 10001 and 50035", c.ErrorCodes)
	}
}

// TestSwaggerParameters: parameters, which the reader does not read, do
// not stop it, even in a form the conversion rejects (two body
// parameters, as old swag versions wrote).
func TestSwaggerParameters(t *testing.T) {
	doc := `swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /tags:
    post:
      parameters:
        - {name: name, in: body, schema: {type: string}}
        - {name: state, in: body, schema: {type: integer}}
      responses:
        "200": {description: ok}
        "500": {description: failed}
`
	c, err := Parse("swagger.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Operations) != 1 || c.Operations[0].Documented() != "200 and 500" {
		t.Errorf("operations = %+v, want POST /tags with 200 and 500", c.Operations)
	}
}

// TestOpenAPI30JSON reads an OpenAPI 3.0 document written as JSON, with a
// lower-case class and a server URL whose path is the base path.
func TestOpenAPI30JSON(t *testing.T) {
	doc := `{
  "openapi": "3.0.3",
  "info": {"title": "t", "version": "1"},
  "servers": [{"url": "https://api.example.test/v2/"}],
  "paths": {
    "/pets/{petId}": {
      "get": {"responses": {"200": {"description": "a pet"}, "4xx": {"description": "no"}}},
      "x-internal": {"responses": {"418": {"description": "an extension, not a method"}}}
    }
  }
}`
	c, err := Parse("pets.api", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []opSummary{{"GET", "/pets/{petId}", []int{200}, []string{"4XX"}, false, "/v2", 7}}
	if diff := cmp.Diff(want, summarize(c.Operations)); diff != "" {
		t.Errorf("operations (-want +got):\n%s", diff)
	}
	if len(c.HTTP) != 1 || len(c.HTTPRanges) != 1 || c.HTTPRanges[0].Class != "4xx" {
		t.Errorf("API-wide: %v and %v, want 200 and the 4xx class", c.HTTP, c.HTTPRanges)
	}
}

// TestOpenAPITidiesText: an operation's path, id and base and a body's
// field names are tidied as every reader tidies text, so that the
// catalog's JSON reads back as it is; the code field's enum is still
// found under its name as written.
func TestOpenAPITidiesText(t *testing.T) {
	doc := `openapi: 3.0.0
info: {title: t, version: "1"}
servers: [{url: "http://x.test/a%20%20b/"}]
paths:
  "/c  d":
    get:
      operationId: " x  y "
      responses:
        "404":
          description: no
          content:
            application/json:
              schema:
                type: object
                properties:
                  " code ": {type: integer, enum: [1, 2]}
                  "msg": {type: string}
`
	c, err := Parse("doc.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if o := c.Operations[0]; o.Path != "/c d" || o.ID != "x y" || o.Base != "/a b" {
		t.Errorf("operation %q %q base %q, want %q %q base %q", o.Path, o.ID, o.Base, "/c d", "x y", "/a b")
	}
	want := catalog.Shape{Fields: []string{"code", "msg"}, Code: "code", Message: "msg"}
	if diff := cmp.Diff(want, c.ErrorShape, ignorePlaces); diff != "" {
		t.Errorf("error shape (-want +got):\n%s", diff)
	}
	if len(c.ErrorCodes) != 2 {
		t.Errorf("error codes = %v, want 1 and 2 from the enum", c.ErrorCodes)
	}
}

// TestOpenAPIRecursiveAllOf: a schema whose allOf refers back to itself
// (the fuzzer's find: a stack overflow) gives the properties of its other
// parts.
func TestOpenAPIRecursiveAllOf(t *testing.T) {
	doc := `openapi: 3.0.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "404":
          description: no
          content:
            application/json:
              schema: {$ref: "#/components/schemas/A"}
components:
  schemas:
    A:
      allOf:
        - $ref: "#/components/schemas/A"
        - type: object
          properties: {code: {type: integer, enum: [7]}, message: {type: string}}
`
	c, err := Parse("doc.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.ErrorShape.String(); got != "{code, message}" || c.ErrorShape.Code != "code" {
		t.Errorf("error shape = %s, want {code, message}", got)
	}
	if len(c.ErrorCodes) != 1 || c.ErrorCodes[0].Code != catalog.IntCode(7) {
		t.Errorf("error codes = %v, want 7 from the enum", c.ErrorCodes)
	}
}
