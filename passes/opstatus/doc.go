// Package opstatus defines an Analyzer that holds each handler to the
// statuses its own operation documents.
//
// # Analyzer opstatus
//
// opstatus: check the statuses a handler answers against its operation's documented responses
//
// An OpenAPI document (or a swag comment) documents statuses per
// operation: GET /users/{id} answers 200 and 404, POST /users 201, 400
// and 409. The analyzer maps each handler to its operations, where routes
// are registered with constant paths (net/http's ServeMux patterns,
// gorilla/mux, chi, gin, echo and fiber, with their groups, subrouters
// and mounts), and finds the statuses the handler answers: constants that
// reach a response in its body, through helpers whose parameter reaches
// one (writeJSON(w, 404, v)), and the one status of a helper that answers
// one (notFound(w)), in this package or another. A helper that answers
// several statuses is a shared error handler: its statuses are its
// errors', not its callers'.
//
// It reports, at the status:
//
//   - undocumented-operation-status: a status the handler answers that its
//     operation does not document, naming the operation and the statuses
//     it documents. A "4XX" range documents its class, a default response
//     every status;
//   - unsent-documented-status (off by default): a status a handler's
//     swag comment documents that the handler never answers; 200 is never
//     reported, since a handler that sets no status answers it, and a
//     handler that answers statuses it cannot name is not checked.
//
// For example, with GET /users/{id} documenting 200 and 404:
//
//	r.Get("/users/{id}", getUser)
//
//	func getUser(w http.ResponseWriter, r *http.Request) {
//		w.WriteHeader(http.StatusConflict) // reported: 409 is not documented for GET /users/{id}
//	}
//
// A swag comment (@Success, @Failure, @Response with @Router) on a
// handler's declaration is that handler's documentation, with or without
// a generated document.
//
// The fix, offered only for a success status where the operation
// documents exactly one 2xx status (and no 2XX range, and no default),
// writes that status: http.StatusOK becomes http.StatusCreated where POST
// /users documents 201. An error status is never replaced: 409 and the
// operation's 404 name different conditions.
package opstatus
