// Package respond writes the orders service's responses.
package respond

import "net/http"

// Status answers with code and no body: the status reaches the client
// through this helper, in another package than the handler's.
func Status(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}
