// A sink package is in reach, through alias's fact. // want package:"in-reach"

// Package untouched reaches net/http only through alias, and refers to
// nothing of alias's that writes a response: the flow analysis is skipped
// here, and what does not depend on it (a function's constant results) is
// still exported for the packages that send them.
package untouched

import "summary/alias"

func Conflict() int { // want Conflict:`returns\(409\)`
	return 409
}

// Forward passes its code to a function that is no sink: no fact.
func Forward(code int) int {
	return keep(code) + alias.Version
}

func keep(code int) int { return code }
