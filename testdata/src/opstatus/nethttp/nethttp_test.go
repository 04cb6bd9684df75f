package nethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A test's fake server is not the API: its routes are not checked, and
// what its handlers answer is not what the API answers (fakeUser has no
// fact; TestFake, which hands the mux on, answers what it cannot name).
func TestFake(t *testing.T) { // want TestFake:`answers\(…\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", fakeUser)
	srv := httptest.NewServer(mux)
	defer srv.Close()
}

// fakeUser answers what GET /users/{id} does not document, in a test.
//
// @Router /users/{id} [get]
// @Success 200
func fakeUser(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusConflict)
}
