// Package byfacts writes error text where its module has a helper that
// answers with the documented body: the fix calls it, found by its facts
// without -helper.
package byfacts

import (
	"fmt"
	"net/http"

	"leak5xx/helpers/respond"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func get(w http.ResponseWriter, r *http.Request) {
	if _, err := users.Find(r.URL.Path); err != nil {
		respond.Fail(w, http.StatusInternalServerError, err) // want `error text sent in a 500 Internal Server Error body by Fail`
		return
	}
	_, err := users.Find("x")
	http.Error(w, fmt.Sprintf("find: %v", err), 500) // want `error text sent in a 500 Internal Server Error body`
}

// tag keeps fmt imported whatever the fixes remove.
var tag = fmt.Sprint("byfacts")

// noRequest has no request for the helper's parameter: the status text
// replaces the leak instead.
func noRequest(w http.ResponseWriter) {
	_, err := users.Find("x")
	http.Error(w, err.Error(), 500) // want `error text sent in a 500 Internal Server Error body`
}

// viaMethods sends what methods of respond.Reply return, whose facts are
// kept on the type. The fix calls the function Internal: the method
// Reply.Internal writes the same body, but a call needs a Reply.
func viaMethods(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find("x")
	if r.Method == "GET" {
		http.Error(w, respond.Reply{}.Describe(err), 500) // want `error text sent in a 500 Internal Server Error body`
		return
	}
	reply := &respond.Reply{Err: err}
	http.Error(w, reply.Sanitized().Error(), 500) // a sentinel's text, chosen by Sanitized
}
