// Package calm uses a status that no library names but the module does.
package calm

import (
	"net/http"

	"httpstatus/apiconst"
)

// statusSlowDown is this package's own name for 420.
const statusSlowDown = 420

var limit = apiconst.Limit

func handler(w http.ResponseWriter) {
	w.WriteHeader(420) // want `raw status 420: use apiconst.StatusEnhanceYourCalm`
	w.WriteHeader(421) // want `raw status 421 Misdirected Request: use http.StatusMisdirectedRequest` `status 421 Misdirected Request is not documented`
	w.WriteHeader(statusSlowDown)
	w.WriteHeader(499) // want `status 499 is not documented`
}
