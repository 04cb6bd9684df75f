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

// testHandler answers a test's own request: a test file is never part of
// the API, so its statuses are inputs; raw literals are still reported.
func testHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot) // right: a test's status
	w.WriteHeader(418)               // want `raw status 418 I'm a teapot: use http.StatusTeapot`
}

func TestRecorder(t *testing.T) {
	w := httptest.NewRecorder()
	send(w, http.StatusTeapot) // right: a test's input to a helper of the API
}
