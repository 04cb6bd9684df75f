// A sink package is in reach: it imports one. // want package:"in-reach"

// Package alias names the response writer under a name of its own, so
// that a package importing only alias writes responses without naming
// net/http.
package alias

import "net/http"

// W is the response writer.
type W = http.ResponseWriter

// Version is a constant of a package that writes responses; it is no sink.
const Version = 3

func Send(w W, code int) { // want Send:`sinks\(1:status\)`
	w.WriteHeader(code)
}
