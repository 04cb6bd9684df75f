package imports

import (
	"net/http"
)

// The file's own name for net/http is shadowed where the fix would go:
// the literal is reported, with no fix.
func shadowedImport(w http.ResponseWriter) {
	http := "x"
	_ = http
	w.WriteHeader(404) // want `raw status 404 Not Found: use its named constant`
}
