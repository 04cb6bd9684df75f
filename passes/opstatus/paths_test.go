package opstatus

import (
	"slices"
	"testing"

	"github.com/statuslint/statuslint/catalog"
)

func TestMatches(t *testing.T) {
	op := catalog.Operation{Method: "GET", Path: "/users/{id}", Base: "/api/v1"}
	tests := []struct {
		method, path string
		want         bool
	}{
		{"GET", "/users/{id}", true},
		{"GET", "/users/:id", true},
		{"GET", "/users/{id:[0-9]+}", true},
		{"", "/users/{userID}", true},      // any method
		{"GET", "/users/{id}/", true},      // trailing slash
		{"GET", "/api/v1/users/:id", true}, // under the base path
		{"GET", "/users/*", true},          // a wildcard
		{"POST", "/users/{id}", false},     // another method
		{"GET", "/users", false},           // a sibling path
		{"GET", "/users/{id}/posts", false},
		{"GET", "/api/v2/users/{id}", false},
		{"GET", "/users/me", false}, // a literal is not a parameter
	}
	for _, tt := range tests {
		if got := matches(tt.method, tt.path, op); got != tt.want {
			t.Errorf("matches(%q, %q, GET /users/{id}) = %v, want %v", tt.method, tt.path, got, tt.want)
		}
	}
}

func TestSplitPattern(t *testing.T) {
	tests := []struct{ in, method, path string }{
		{"GET /users/{id}", "GET", "/users/{id}"},
		{"/users/{id}", "", "/users/{id}"},
		{"POST example.com/users", "POST", "/users"},
		{"example.com/users", "", "/users"},
	}
	for _, tt := range tests {
		if m, p := splitPattern(tt.in); m != tt.method || p != tt.path {
			t.Errorf("splitPattern(%q) = %q, %q, want %q, %q", tt.in, m, p, tt.method, tt.path)
		}
	}
}

// TestOpIndex checks that the index finds what comparing every operation
// finds.
func TestOpIndex(t *testing.T) {
	ops := []catalog.Operation{
		{Method: "GET", Path: "/users/{id}", Base: "/api/v1"},
		{Method: "DELETE", Path: "/users/{id}"},
		{Method: "GET", Path: "/users"},
		{Method: "GET", Path: "/files/*"},
	}
	ix := newOpIndex(ops)
	for _, r := range []struct{ method, path string }{
		{"GET", "/users/:id"}, {"", "/users/{x}"}, {"GET", "/api/v1/users/{id}"}, {"GET", "/users"},
		{"GET", "/files/a/b"}, {"GET", "/files/{name}"}, {"GET", "/users/*"}, {"POST", "/users"}, {"GET", "/nothing"},
	} {
		var want []string
		for _, op := range ops {
			if matches(r.method, r.path, op) {
				want = append(want, op.Name())
			}
		}
		var got []string
		for _, op := range ix.serves(r.method, r.path) {
			got = append(got, op.Name())
		}
		if !slices.Equal(got, want) {
			t.Errorf("serves(%q, %q) = %v, want %v", r.method, r.path, got, want)
		}
	}
}
