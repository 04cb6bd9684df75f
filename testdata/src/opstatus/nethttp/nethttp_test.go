package nethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A test's fake server is not the API: its routes are not checked.
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
func fakeUser(w http.ResponseWriter, r *http.Request) { // want fakeUser:`answers\(409\)`
	w.WriteHeader(http.StatusConflict)
}
