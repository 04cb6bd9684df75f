// Package nethttp holds httpstatus cases for net/http handlers.
package nethttp

import (
	"net/http"
	"net/http/httptest"
	"time"
)

const teapotish = 409

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code) // a parameter: no constant here
}

type server struct{ w http.ResponseWriter }

type ctx struct{ Writer *statusWriter }

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)                                    // want `raw status 404 Not Found: use http.StatusNotFound`
	w.WriteHeader((404))                                  // want `raw status 404 Not Found: use http.StatusNotFound`
	w.WriteHeader(0x194)                                  // want `raw status 0x194 \(404 Not Found\): use http.StatusNotFound`
	w.WriteHeader(http.StatusNotFound)                    // right: the named constant, documented
	w.WriteHeader(http.StatusConflict)                    // want `status 409 Conflict is not documented in docs/status-codes.md`
	w.WriteHeader(teapotish)                              // want `status 409 Conflict is not documented`
	w.WriteHeader(409)                                    // want `raw status 409 Conflict: use http.StatusConflict` `status 409 Conflict is not documented`
	w.WriteHeader(503)                                    // want `raw status 503 Service Unavailable: use http.StatusServiceUnavailable`
	w.WriteHeader(http.StatusBadGateway)                  // right: 5xx documents the whole class
	w.WriteHeader(0)                                      // want `0 is not an HTTP status: statuses are 100 to 599`
	w.WriteHeader(99)                                     // want `99 is not an HTTP status`
	w.WriteHeader(600)                                    // want `600 is not an HTTP status`
	http.Error(w, "gone", 410)                            // want `raw status 410 Gone: use http.StatusGone` `status 410 Gone is not documented`
	http.Redirect(w, r, "/", 302)                         // want `raw status 302 Found: use http.StatusFound` `status 302 Found is not documented`
	_ = http.RedirectHandler("/", http.StatusNotModified) // right: documented
	_ = http.StatusText(404)                              // want `raw status 404 Not Found: use http.StatusNotFound`
	_ = http.StatusText(418)                              // want `raw status 418 I'm a teapot: use http.StatusTeapot`

	status := 400                   // want `raw status 400 Bad Request: use http.StatusBadRequest`
	w.WriteHeader(status)           // the literal is reported where it is written
	w.WriteHeader(int(uint16(401))) // want `raw status 401 Unauthorized: use http.StatusUnauthorized`

	again := 404 // written twice below: not a constant
	again = 409
	w.WriteHeader(again) // written twice: not a constant

	sw := &statusWriter{ResponseWriter: w}
	sw.WriteHeader(201) // want `raw status 201 Created: use http.StatusCreated`
	s := server{w: w}
	s.w.WriteHeader(204) // want `raw status 204 No Content: use http.StatusNoContent`
	c := ctx{Writer: sw}
	c.Writer.WriteHeader(403)                // want `raw status 403 Forbidden: use http.StatusForbidden`
	c.Writer.ResponseWriter.WriteHeader(429) // want `raw status 429 Too Many Requests: use http.StatusTooManyRequests`

	rec := httptest.NewRecorder()
	rec.WriteHeader(200)                     // want `raw status 200 OK: use http.StatusOK`
	_ = &http.Response{StatusCode: 404}      // want `raw status 404 Not Found: use http.StatusNotFound`
	_ = httptest.ResponseRecorder{Code: 409} // want `raw status 409 Conflict: use http.StatusConflict` `status 409 Conflict is not documented`
	resp := &http.Response{}
	resp.StatusCode = 201 // want `raw status 201 Created: use http.StatusCreated`

	// Negatives: integers that never reach a status.
	_ = make([]byte, 500)
	time.Sleep(200)
	n := 404
	_ = n + 1
}
