// Package categories is the golangci-lint plugin's case for settings that
// turn the raw-status category off: its literal goes unreported, while the
// undocumented status beside it is still reported.
package categories

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(404) // raw-status, turned off
		return
	}
	w.WriteHeader(http.StatusConflict) // want `status 409 Conflict is not documented in the default catalog`
}
