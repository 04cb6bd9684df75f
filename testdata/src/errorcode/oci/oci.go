// Package oci holds errorcode cases for an API whose error objects are
// the elements of an array: {"errors": [{"code": "…", "message": "…",
// "detail": …}]}.
package oci

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
)

// Error is one error object.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Detail  any    `json:"detail,omitempty"`
}

// Errors is the error body.
type Errors struct {
	Errors []Error `json:"errors"`
}

// Page is a success body with items that have codes of their own.
type Page struct {
	Errors []Error `json:"errors"`
	Items  []Item  `json:"items"`
}

// Item is a listed product.
type Item struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

const blobUnknown = "BLOB_UNKNOWN"

func handler(c echo.Context) error {
	switch c.Param("x") {
	case "a":
		return c.JSON(http.StatusNotFound, Errors{Errors: []Error{{Code: "BLOB_UNKOWN", Message: "no blob"}}}) // want `error code "BLOB_UNKOWN" is not documented in docs/oci.md \(nearest: BLOB_UNKNOWN blob unknown to registry; same prefix BLOB_: BLOB_UNKNOWN, BLOB_UPLOAD_INVALID\)`
	case "b":
		return c.JSON(http.StatusUnauthorized, Errors{Errors: []Error{{Code: "DENIED", Message: "no"}}}) // want `error code "DENIED" is documented with 403 Forbidden, sent with 401 Unauthorized`
	case "c":
		var body Errors
		body.Errors = append(body.Errors, Error{Code: "NAME_UNKNWN", Message: "no repo"}) // want `error code "NAME_UNKNWN" is not documented in docs/oci.md \(nearest: NAME_UNKNOWN repository name not known to registry; same prefix NAME_: NAME_UNKNOWN\)`
		return c.JSON(http.StatusNotFound, body)
	case "d":
		var errs []Error
		errs = append(errs, Error{Code: "SIZE_INVALID", Message: "bad size"})
		errs = append(errs, Error{Code: "SIZE_WRONG", Message: "bad size"}) // want `error code "SIZE_WRONG" is not documented`
		return c.JSON(http.StatusBadRequest, Errors{Errors: errs})
	case "e":
		return c.JSON(http.StatusNotFound, echo.Map{"errors": []echo.Map{{"code": "MANIFEST_UNKNWN", "message": "x"}}}) // want `error code "MANIFEST_UNKNWN" is not documented`
	case "f":
		b, _ := json.Marshal(Errors{Errors: []Error{{Code: blobUnknown, Message: "no blob"}}})
		return c.Blob(http.StatusBadRequest, "application/json", b) // want `error code "BLOB_UNKNOWN" is documented with 404 Not Found, sent with 400 Bad Request`
	case "g":
		// Right: items are not where the error objects go.
		return c.JSON(http.StatusOK, Page{Items: []Item{{Code: "SKU_42", Message: "in stock"}}})
	}
	return c.JSON(http.StatusNotFound, Errors{Errors: []Error{{Code: blobUnknown, Message: "no blob"}}}) // right: documented, with its status
}

func fast(ctx *fasthttp.RequestCtx) {
	b, _ := json.Marshal(Errors{Errors: []Error{{Code: "TOOMANY", Message: "slow down"}}}) // want `error code "TOOMANY" is not documented`
	ctx.SetStatusCode(http.StatusTooManyRequests)
	ctx.SetBody(b)
}

func cases(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(http.StatusNotFound)
		_ = json.NewEncoder(w).Encode(Errors{Errors: []Error{{Code: blobUnknown, Message: "no blob"}}})
	case "/b":
		_ = json.NewEncoder(w).Encode(Errors{Errors: []Error{{Code: "NAME_UNKNOWN", Message: "no repo"}}}) // want `error code "NAME_UNKNOWN" is documented with 404 Not Found, sent with 200 OK \(no WriteHeader before this write\)`
	}
}

// regError carries a status and a code; its Write copies them into the
// body it sends.
type regError struct {
	Status  int
	Code    string
	Message string
}

// Write sends the error.
func (r *regError) Write(w http.ResponseWriter) error {
	w.WriteHeader(r.Status)
	type item struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	type wrap struct {
		Errors []item `json:"errors"`
	}
	return json.NewEncoder(w).Encode(wrap{Errors: []item{{Code: r.Code, Message: r.Message}}})
}

var errGone = &regError{Status: http.StatusNotFound, Code: "BLOB_GONE", Message: "gone"} // want `error code "BLOB_GONE" is not documented`

func lookup(name string) *regError {
	switch name {
	case "":
		return &regError{Status: http.StatusBadRequest, Code: "NAME_INVALD", Message: "no name"} // want `error code "NAME_INVALD" is not documented`
	case "gone":
		return errGone
	case "blob":
		return &regError{Status: http.StatusNotFound, Code: blobUnknown, Message: "no blob"} // right: documented
	}
	return nil
}

func serveRegistry(w http.ResponseWriter, r *http.Request) {
	if err := lookup(r.URL.Path); err != nil {
		_ = err.Write(w)
	}
}

// audit's errors are read for their message, never written.
func audit(name string) *regError {
	return &regError{Code: "NEVER_SENT", Message: name} // right: only its message is read
}

func logAudit(w http.ResponseWriter) {
	if e := audit("x"); e != nil {
		_, _ = w.Write([]byte(e.Message))
	}
}
