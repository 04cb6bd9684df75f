package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/e2e/e2etest"
)

// users copies the end-to-end module testdata/e2e/users (net/http
// handlers and their OpenAPI 3.1 document) into a fresh directory.
func users(t *testing.T) string {
	t.Helper()
	return e2etest.CopyDir(t, filepath.Join("..", "..", "testdata", "e2e", "users"))
}

// TestRoutes checks -routes and the notes printed once per run: the
// operation no route serves, the route that serves no operation.
func TestRoutes(t *testing.T) {
	t.Parallel()
	dir := users(t)
	r := run(t, dir, binary, "-catalog", "docs/users.yaml", "-routes", "./...")
	if r.code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	wantOut := "main.go:11:2: GET /users → main.listUsers: GET /users\n" +
		"main.go:12:2: POST /users → main.createUser: POST /users\n" +
		"main.go:13:2: GET /users/{id} → main.getUser: GET /users/{id}\n" +
		"main.go:14:2: DELETE /users/{id} → main.deleteUser: DELETE /users/{id}\n" +
		"main.go:15:2: GET /health → main.health: no documented operation\n"
	if r.stdout != wantOut {
		t.Errorf("-routes printed\n%s\nwant\n%s", r.stdout, wantOut)
	}
	for _, want := range []string{
		"main.go:30:15: status 200 OK (through writeJSON) is not documented for POST /users in docs/users.yaml:21 (documented: 201, 400 and 409) (fixable) [undocumented-operation-status]\n",
		"statuslint: note: PATCH /users/{id} (docs/users.yaml:53) has no handler among the routes found\n",
		"statuslint: note: main.go:15:2: GET /health (main.health) serves no documented operation\n",
	} {
		if strings.Count(r.stderr, want) != 1 {
			t.Errorf("stderr has not once\n%s\nin\n%s", want, r.stderr)
		}
	}

	// Without -routes the notes stay and the table goes; with a page of
	// status codes (no operations) both go.
	r = run(t, dir, binary, "-catalog", "docs/users.yaml", "./...")
	if r.stdout != "" || !strings.Contains(r.stderr, "has no handler among the routes found") {
		t.Errorf("without -routes: stdout %q, stderr\n%s", r.stdout, r.stderr)
	}
	write(t, dir, "docs/codes.md", "## Status codes\n\n| code | meaning |\n|---|---|\n| 200 | ok |\n| 204 | empty |\n| 404 | gone |\n")
	r = run(t, dir, binary, "-catalog", "docs/codes.md", "./...")
	if strings.Contains(r.stderr, "note: ") || strings.Contains(r.stderr, "operation") {
		t.Errorf("a catalog without operations: stderr\n%s", r.stderr)
	}

	// A malformed document stops the run with its file and line.
	write(t, dir, "docs/users.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /users:\n    get:\n      responses:\n        \"600\": {description: odd}\n")
	r = run(t, dir, binary, "-catalog", "docs/users.yaml", "./...")
	if r.code != exitError || !strings.Contains(r.stderr, "docs/users.yaml:7: response \"600\" of GET /users is not a status") {
		t.Errorf("malformed document: exit %d, stderr\n%s", r.code, r.stderr)
	}
	r = run(t, dir, binary, "catalog", "-json", "-catalog", "docs/users.yaml")
	if r.code != exitError || !strings.Contains(r.stderr, "docs/users.yaml:7: ") {
		t.Errorf("catalog -json on a malformed document: exit %d, stderr\n%s", r.code, r.stderr)
	}
}
