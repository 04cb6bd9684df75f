package probe

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// The invalid statuses of a test are its probes of the code under test,
// sent to no client: not reported.
func TestDropsNonStatus(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.Code = 1 // a marker the test checks is still there: nothing was written
	r := &Recorder{ResponseWriter: rec}
	r.WriteHeader(-1)
	r.WriteHeader(999)
	if rec.Code != 1 {
		t.Errorf("Code = %d, want the marker", rec.Code)
	}
	resp := http.Response{StatusCode: 7, Header: http.Header{}}
	_ = resp
}

// A status a test writes as a literal is still a raw status.
func TestNotFound(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(404) // want `raw status 404 Not Found: use http.StatusNotFound`
	if rec.Code != http.StatusNotFound {
		t.Errorf("Code = %d", rec.Code)
	}
}
