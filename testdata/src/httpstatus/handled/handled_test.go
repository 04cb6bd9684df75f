package handled

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// roundTripper fakes another API for a client under test.
type roundTripper struct{}

func (roundTripper) RoundTrip(*http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: http.StatusConflict}, nil // right: a fake upstream's answer
}

type rtFunc func(*http.Request) (*http.Response, error)

func (f rtFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestClient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot) // right: a fake server's answer
	}))
	defer srv.Close()
	_ = rtFunc(func(*http.Request) (*http.Response, error) {
		return &http.Response{StatusCode: http.StatusLocked}, nil // right: a fake upstream's answer
	})
	_ = roundTripper{}
}

// testHandler is a handler of the API, written in a test file: its
// answer is the API's.
func testHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot) // want `status 418 I'm a teapot is not documented in docs/status-codes.md`
}
