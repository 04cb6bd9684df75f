// Package imports holds httpstatus cases for the imports its fixes need.
package imports

import (
	stdhttp "net/http"
)

// The file imports net/http under another name: the fix uses it.
func aliased(w stdhttp.ResponseWriter) {
	w.WriteHeader(404) // want `raw status 404 Not Found: use stdhttp.StatusNotFound`
}

type server struct{ w stdhttp.ResponseWriter }
