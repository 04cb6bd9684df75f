// A sink package is in reach, through alias's fact. // want package:"in-reach"

// Package viaalias imports no sink package, only alias: its helpers still
// reach a sink, through alias.Send's fact and through the writer's
// methods, which are net/http's.
package viaalias

import "summary/alias"

func Fail(w alias.W, code int) { // want Fail:`sinks\(1:status\)`
	alias.Send(w, code)
}

func Header(w alias.W, code int) { // want Header:`sinks\(1:status\)`
	w.WriteHeader(code)
}
