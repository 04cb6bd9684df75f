// Package suppress holds //statuslint:ignore comments for httpstatus
// under the default catalog (which documents 404, not 409).
package suppress

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) //statuslint:ignore raw-status kept raw on purpose

	//statuslint:ignore raw-status the line before counts too
	w.WriteHeader(404)

	//statuslint:ignore httpstatus a pass's name silences all its categories
	w.WriteHeader(http.StatusConflict)

	w.WriteHeader(http.StatusOK) //statuslint:ignore raw-status no finding to silence // want `//statuslint:ignore raw-status silences no finding here: remove it`

	//statuslint:ignore raw-status two lines above the finding is too far // want `silences no finding`

	w.WriteHeader(404) // want `raw status 404 Not Found`

	w.WriteHeader(404) //statuslint:ignore undocumented-status the other category of the pass // want `raw status 404 Not Found` `ignore undocumented-status silences no finding`

	w.WriteHeader(http.StatusConflict) //statuslint:ignore undocumented-status,raw-close-code only the first is httpstatus's

	w.WriteHeader(404) //statuslint:ignore raw-statuses misspelt // want `raw status 404` `names "raw-statuses", which is no pass or category`
}

// A comment that only starts like a directive is none.
//statuslint:ignored raw-status not a directive
