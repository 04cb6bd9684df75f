package nethttp

import (
	"net/http"
	"net/http/httptest"
)

type wrapped struct{ *http.Response }

func check(resp *http.Response, rec *httptest.ResponseRecorder) bool {
	if resp.StatusCode == 404 { // want `raw status 404 Not Found: use http.StatusNotFound`
		return false
	}
	if 404 != resp.StatusCode { // want `raw status 404 Not Found: use http.StatusNotFound`
		return false
	}
	if rec.Code != 409 { // want `raw status 409 Conflict: use http.StatusConflict`
		return false // a read: 409 may be another API's status, so not undocumented
	}
	if rec.Result().StatusCode == http.StatusConflict { // right: a read of a named constant
		return true
	}
	w := wrapped{resp}
	if w.StatusCode == 200 { // want `raw status 200 OK: use http.StatusOK`
		return true
	}
	switch resp.StatusCode {
	case 200, 201: // want `raw status 200 OK: use http.StatusOK` `raw status 201 Created: use http.StatusCreated`
		return true
	case http.StatusTeapot:
		return false
	}

	// Negatives: range checks and arithmetic compare no single status.
	if resp.StatusCode >= 500 || resp.StatusCode < 200 {
		return false
	}
	if resp.StatusCode/100 == 2 {
		return true
	}
	switch {
	case resp.StatusCode > 400:
		return false
	}
	// 0 is the zero value, "no status yet": a check or a reset, not a status.
	if resp.StatusCode == 0 || rec.Code != 0 {
		rec.Code = 0
		resp = &http.Response{StatusCode: 0}
	}
	if resp.StatusCode == 600 { // want `600 is not an HTTP status`
		return false
	}
	// Right name, wrong type: a StatusCode field of another struct.
	var other struct{ StatusCode int }
	return other.StatusCode == 404
}
