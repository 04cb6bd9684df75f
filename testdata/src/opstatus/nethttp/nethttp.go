// Package nethttp registers handlers on a ServeMux with Go 1.22 patterns.
package nethttp

import (
	"net/http"
	"strconv"

	"opstatus/helpers"
)

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /users/{id}", getUser)
	mux.HandleFunc("POST /users", createUser)
	mux.Handle("DELETE /users/{id}", http.HandlerFunc(deleteUser))
	mux.HandleFunc("GET /users", listUsers)
	http.HandleFunc("PATCH /users/{id}", renameUser)
	mux.Handle("GET /users/{id}/", logged(getUserAgain)) // an adapter around the handler; the trailing slash matches
	mux.HandleFunc("/health", health)                    // no operation: not checked
	mux.HandleFunc("GET /users/"+strconv.Itoa(7), odd)   // a path built at run time: no operation
}

func getUser(w http.ResponseWriter, r *http.Request) { // want getUser:`answers\(404, 409\)`
	if r.URL.Query().Get("id") == "" {
		helpers.NotFound(w) // documented: 404, through a helper of another package
		return
	}
	w.WriteHeader(http.StatusConflict) // want `status 409 Conflict is not documented for GET /users/\{id\} in .*users\.yaml:37 \(documented: 200 and 404\)`
}

func createUser(w http.ResponseWriter, r *http.Request) { // want createUser:`answers\(200, 400, 404, …\)`
	helpers.WriteJSON(w, http.StatusOK, nil) // want `status 200 OK \(through WriteJSON\) is not documented for POST /users in .*users\.yaml:21 \(documented: 201, 400 and 409\)`
	// 404 is documented for GET /users/{id}, a sibling operation, not for
	// this one; the API-wide list would miss it.
	helpers.WriteJSON(w, http.StatusNotFound, nil) // want `status 404 Not Found \(through WriteJSON\) is not documented for POST /users`
	helpers.Fail(w, nil)                           // a shared error handler: its statuses are the errors'
	http.Error(w, "not a user", http.StatusBadRequest)
}

func deleteUser(w http.ResponseWriter, r *http.Request) { // want deleteUser:`answers\(204, 503\)`
	w.WriteHeader(http.StatusServiceUnavailable) // 5XX documents it
	w.WriteHeader(http.StatusNoContent)
}

func listUsers(w http.ResponseWriter, r *http.Request) { // want listUsers:`answers\(418\)`
	w.WriteHeader(http.StatusTeapot) // a default response documents every status
}

func renameUser(w http.ResponseWriter, r *http.Request) { // want renameUser:`answers\(400\)`
	if resp, err := http.Get("http://example.test/"); err == nil && resp.StatusCode == 404 {
		return // a status read from another API is not answered
	}
	w.WriteHeader(400) // want `status 400 Bad Request is not documented for PATCH /users/\{id\} in .*users\.yaml:53 \(documented: 200 and 422\)`
}

func health(w http.ResponseWriter, r *http.Request) { // want health:`answers\(418\)`
	w.WriteHeader(http.StatusTeapot)
}

func odd(w http.ResponseWriter, r *http.Request) { // want odd:`answers\(409\)`
	w.WriteHeader(http.StatusConflict)
}

// notAHandler is registered nowhere: its statuses are no operation's.
func notAHandler(w http.ResponseWriter) { // want notAHandler:`answers\(409\)`
	w.WriteHeader(http.StatusConflict)
}

// logged is middleware: the handler it is given is the route's handler.
func logged(h http.HandlerFunc) http.Handler { return h }

func getUserAgain(w http.ResponseWriter, r *http.Request) { // want getUserAgain:`answers\(410\)`
	w.WriteHeader(http.StatusGone) // want `status 410 Gone is not documented for GET /users/\{id\}`
}
