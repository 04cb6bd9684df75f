// Package httpstatus defines an Analyzer that holds the HTTP statuses a
// program sends to the statuses its API documents.
//
// # Analyzer httpstatus
//
// httpstatus: check HTTP statuses against the API's documented status codes
//
// The analyzer finds every place where a program hands an HTTP status to
// a framework: WriteHeader on any http.ResponseWriter (and wrappers of
// one), http.Error, http.Redirect, gin, echo, fiber, chi's render,
// fasthttp and hertz, http.Response{StatusCode: …} and
// httptest.ResponseRecorder{Code: …} literals, and comparisons (== and !=,
// switch cases) with the StatusCode of an http.Response or the Code of a
// ResponseRecorder. It follows the value, not the spelling: literals in any
// base, constants from any package, conversions, locals assigned once, and
// helpers in the same or another package whose parameter reaches such a
// place (writeJSON(w, 404, v) where writeJSON calls w.WriteHeader(status)).
//
// It reports, at the argument:
//
//   - raw-status: a literal where a named constant exists;
//   - undocumented-status: a status the catalog does not document, whether
//     written as a literal or as a constant (a class row such as 5xx
//     documents the whole class); only when the catalog has an HTTP
//     section, and not for a status the program compares or reads
//     (resp.StatusCode == 409, http.StatusText(409)), since a response may
//     come from another API;
//   - invalid-status: a value that is no HTTP status at all (0, 99, 600):
//     statuses are 100 to 599. Zero is reported only where it is sent
//     (w.WriteHeader(0)); in a comparison or a field it is the zero value,
//     a status not set yet (resp.StatusCode == 0, rec.Code = 0). A value
//     the framework itself takes for "no status" is not reported where it
//     goes to that framework, directly or through helpers that hand it
//     nowhere else: gin keeps the status already set for 0 and below
//     (c.JSON(-1, body); not c.Redirect, which panics on them), and
//     fasthttp's and hertz's status setters take 0 for a status not set,
//     sent as 200 (ctx.SetStatusCode(0)). Nor is it reported in a
//     _test.go file: a test sends its statuses to the code under test,
//     not to a client, and a value there that is no status is the test's
//     probe of what that code does with one (w.WriteHeader(-1) to see it
//     ignored, rec.Code = 1 as a marker that nothing was written).
//
// A literal that reaches a status through a local assigned once
// (status := 404; w.WriteHeader(status)) is reported, and fixed, where it
// is written. Raw literals in generated files are not reported (their
// generator is the place to fix them); undocumented and invalid statuses
// there are.
//
// Range checks (resp.StatusCode >= 500) and arithmetic
// (resp.StatusCode/100 == 2) are not comparisons with one status and are
// not reported; neither are integers that never reach a status, such as
// make([]byte, 500) or time.Sleep(200).
//
// Wrong, with a catalog that documents 200, 404 and 5xx:
//
//	w.WriteHeader(404)                 // raw-status: raw status 404 Not Found: use http.StatusNotFound
//	w.WriteHeader(http.StatusConflict) // undocumented-status: status 409 Conflict is not documented in ...
//	w.WriteHeader(0)                   // invalid-status: 0 is not an HTTP status: statuses are 100 to 599
//
// Right:
//
//	w.WriteHeader(http.StatusNotFound)
//	c.JSON(0, body) // gin keeps the status already set: not reported
//
// The fix for raw-status replaces the literal with the named constant: that
// of net/http, fiber, fasthttp or hertz's consts when the file already
// imports one of them (in that order), else net/http's, adding the import
// under a name nothing else uses there. A documented status that no library
// names (420) uses a constant of the module with that value whose name
// starts with Status, as `statuslint catalog -format go` generates; without
// one there is neither finding nor fix.
package httpstatus
