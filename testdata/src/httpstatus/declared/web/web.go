// Package web is a team's wrapper whose status reaches the client by a
// path statuslint does not follow (a map of pending statuses): the config
// file declares Ctx.Abort a sink.
package web

import "net/http"

// Ctx wraps a request.
type Ctx struct {
	W       http.ResponseWriter
	pending map[string]int
}

// Abort records the status to send.
func (c *Ctx) Abort(status int, msg string) { c.pending["status"] = status }

// Note records a number that is no status.
func (c *Ctx) Note(n int, msg string) { c.pending["note"] = n }
