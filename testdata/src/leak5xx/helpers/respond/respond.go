// want package:"leakhelpers"

// Package respond is a module's response helpers, called from package api:
// the facts on them carry what their parameters reach.
package respond

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
)

// ErrUnavailable and ErrInternal are sentinels.
var (
	ErrUnavailable = errors.New("service unavailable")
	ErrInternal    = errors.New("internal error")
)

// JSON writes v as the body, with status.
func JSON(w http.ResponseWriter, status int, v any) { // want JSON:`leaks\(2:body-encoded@param1\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Fail answers code with the error's text: a leak where a caller passes a
// 5xx, a validation message where it passes a 4xx.
func Fail(w http.ResponseWriter, code int, err error) { // want Fail:`leaks\(2:body-text-encoded@param1, \{message,report\}@param1\)`
	JSON(w, code, map[string]string{"message": err.Error(), "report": "r-1"})
}

// Text writes s with the status the caller set before.
func Text(w http.ResponseWriter, s string) { // want Text:`leaks\(1:body-text@caller\)`
	_, _ = io.WriteString(w, s)
}

// Describe returns the error's text.
func Describe(err error) string { // want Describe:`leaks\(result0:t0\)`
	return "failed: " + err.Error()
}

// Sanitize maps any error to a sentinel, chosen with errors.Is.
func Sanitize(err error) error { // want Sanitize:`leaks\(result0:clean\)`
	if errors.Is(err, ErrUnavailable) {
		return ErrUnavailable
	}
	return ErrInternal
}

// Internal answers 500 with the documented body and logs the error under
// its report id.
func Internal(w http.ResponseWriter, r *http.Request, err error) { // want Internal:`leaks\(1:body-encoded@500, documented\)`
	id := "r-" + r.URL.Path
	log.Printf("report %s: %v", id, err)
	JSON(w, http.StatusInternalServerError, map[string]string{"message": "Internal Server Error", "report": id})
}

// Problem answers code with a body of its own shape.
func Problem(w http.ResponseWriter, code int, title string) { // want Problem:`leaks\(2:body-encoded@param1, \{title\}@param1\)`
	JSON(w, code, map[string]string{"title": title})
}

// Reply carries a request's error to the helpers below, which are methods:
// their facts are kept on the type, one fact for all of them.
type Reply struct { // want Reply:`methods\(Describe: leaks\(result0:t0\); Internal: leaks\(1:body-encoded@500, documented\); Sanitized: leaks\(result0:clean\)\)`
	Err error
}

// Describe returns an error's text.
func (Reply) Describe(err error) string { return "failed: " + err.Error() }

// Sanitized returns a sentinel in place of the error.
func (p *Reply) Sanitized() error { return Sanitize(p.Err) }

// Internal writes the documented body, as the function Internal does; a
// fix cannot call it without a Reply, so it is not the module's helper.
func (Reply) Internal(w http.ResponseWriter, r *http.Request, err error) {
	id := "r-" + r.URL.Path
	log.Printf("report %s: %v", id, err)
	JSON(w, http.StatusInternalServerError, map[string]string{"message": "Internal Server Error", "report": id})
}
