// A sink package is in reach: it imports one. // want package:"in-reach"

// Package use calls lib's helpers: its own helpers get facts through
// lib's.
package use

import (
	"net/http"

	"summary/lib"
)

func Wrap(w http.ResponseWriter, s int) { // want Wrap:`sinks\(1:status\)`
	lib.JSON(w, s, nil)
}

func Method(w lib.Writer, s int) { // want Method:`sinks\(1:status\)`
	w.Send(s)
}

func Local(w http.ResponseWriter, s int) { // want Local:`sinks\(1:status\)`
	fail := func(code int) { lib.JSON(w, code, nil) }
	fail(s)
}

func NotHelper(w http.ResponseWriter, s int) {
	lib.JSON(w, 404, s)
}
