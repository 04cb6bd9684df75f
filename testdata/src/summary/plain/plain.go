// Package plain imports no sink package: the summary analyzer returns at
// once, with no facts.
package plain

import "strconv"

func Status(code int) string { return strconv.Itoa(code) }
