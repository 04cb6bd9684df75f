// Package handled builds http.Response values: a client's or a test's
// response is a status the code handles, not its answer; a reverse
// proxy's ModifyResponse changes what the client gets.
package handled

import (
	"net/http"
	"net/http/httputil"
)

// fake builds the response a client sees from another API.
func fake() *http.Response {
	resp := &http.Response{StatusCode: http.StatusConflict} // right: a status handled, not answered
	resp.StatusCode = http.StatusTeapot                     // right: a status handled, not answered
	_ = &http.Response{StatusCode: 409}                     // want `raw status 409 Conflict: use http.StatusConflict`
	return resp
}

// proxy rewrites the upstream's answer: that is what the client gets.
func proxy() *httputil.ReverseProxy {
	return &httputil.ReverseProxy{
		ModifyResponse: func(r *http.Response) error {
			r.StatusCode = http.StatusConflict // want `status 409 Conflict is not documented in docs/status-codes.md`
			return nil
		},
	}
}

func modify(r *http.Response) error {
	r.StatusCode = http.StatusTeapot // want `status 418 I'm a teapot is not documented in docs/status-codes.md`
	return nil
}

func proxy2() *httputil.ReverseProxy {
	p := &httputil.ReverseProxy{}
	p.ModifyResponse = modify
	return p
}

// send is a helper of the API that its tests call with any status.
func send(w http.ResponseWriter, status int) { w.WriteHeader(status) }
