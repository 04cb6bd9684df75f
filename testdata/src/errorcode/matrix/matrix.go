// Package matrix holds errorcode cases for an API whose error bodies are
// {"errcode": "M_…", "error": "…"}, with a status documented for each code.
package matrix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"

	"errorcode/matrix/codes"
)

// MatrixError is the error body.
type MatrixError struct {
	ErrCode string `json:"errcode"`
	Error   string `json:"error"`
}

// ErrCode is a typed string code.
type ErrCode string

const (
	errBanned    ErrCode = "M_USER_BANNED"
	errForbidden ErrCode = "M_FORBIDDEN"
	misspelt             = "M_FORBIDEN"
	// forbiddenCode names M_FORBIDDEN too; the generated codes.ErrMForbidden
	// is preferred in fixes.
	forbiddenCode = "M_FORBIDDEN"
)

// Typed carries the typed code.
type Typed struct {
	ErrCode ErrCode `json:"errcode"`
	Error   string  `json:"error"`
}

func handlers(c *gin.Context) {
	c.JSON(http.StatusForbidden, gin.H{"errcode": "M_FORBIDEN", "error": "no"})       // want `error code "M_FORBIDEN" is not documented in docs/matrix.md \(nearest: M_FORBIDDEN forbidden access\)`
	c.JSON(http.StatusForbidden, Typed{ErrCode: errBanned, Error: "banned"})          // want `error code "M_USER_BANNED" is not documented in docs/matrix.md \(nearest: M_USER_LOCKED user locked; same prefix M_USER_: M_USER_DEACTIVATED, M_USER_IN_USE, M_USER_LOCKED\)`
	c.JSON(http.StatusForbidden, MatrixError{ErrCode: misspelt, Error: "no"})         // want `error code "M_FORBIDEN" is not documented`
	c.JSON(http.StatusForbidden, MatrixError{ErrCode: fmt.Sprint(errBanned)})         // want `error code "M_USER_BANNED" is not documented`
	c.JSON(http.StatusForbidden, MatrixError{ErrCode: "M_FORBIDDEN", Error: "no"})    // want `raw error code "M_FORBIDDEN": use codes.ErrMForbidden`
	c.JSON(http.StatusForbidden, MatrixError{ErrCode: codes.ErrMForbidden})           // right: documented, named
	c.JSON(http.StatusForbidden, Typed{ErrCode: errForbidden, Error: "no"})           // right: documented, named
	c.JSON(http.StatusTooManyRequests, gin.H{"errcode": codes.ErrMLimitExceeded})     // right: no message, still the shape's code with its status
	c.JSON(http.StatusBadRequest, gin.H{"code": "M_NOPE", "message": "other shape"})  // right: not the documented shape (errcode, error)
	c.JSON(http.StatusForbidden, gin.H{"errcode": "no such thing!", "error": "text"}) // right: not spelt as a code
}

// pairing sends documented codes with statuses the docs do not give them.
func pairing(c *gin.Context, w http.ResponseWriter, flip bool) {
	c.JSON(http.StatusNotFound, MatrixError{ErrCode: codes.ErrMForbidden, Error: "no"}) // want `error code "M_FORBIDDEN" is documented with 403 Forbidden, sent with 404 Not Found`
	c.JSON(409, gin.H{"errcode": codes.ErrMUserInUse, "error": "taken"})                // want `error code "M_USER_IN_USE" is documented with 400 Bad Request, sent with 409 Conflict`
	c.JSON(http.StatusOK, gin.H{"errcode": codes.ErrMNotFound, "error": "gone"})        // want `error code "M_NOT_FOUND" is documented with 404 Not Found, sent with 200 OK`
	c.JSON(http.StatusBadRequest, gin.H{"errcode": codes.ErrMUnknown, "error": "x"})    // right: no status documented for M_UNKNOWN, and 400 is a 4xx
	c.JSON(http.StatusForbidden, gin.H{"errcode": codes.ErrMUserDeactivated})           // right: the documented status

	status := http.StatusConflict
	if flip {
		status = http.StatusTeapot
	}
	c.JSON(status, gin.H{"errcode": codes.ErrMForbidden, "error": "no"}) // right: the status is not one constant
}

// steps builds bodies in steps.
func steps(c *gin.Context) {
	body := gin.H{}
	body["errcode"] = "M_FORBIDDN" // want `error code "M_FORBIDDN" is not documented`
	body["error"] = "no"
	c.JSON(http.StatusForbidden, body)

	var e MatrixError
	e.ErrCode = "M_LIMIT" // want `error code "M_LIMIT" is not documented`
	e.Error = "slow down"
	c.JSON(http.StatusTooManyRequests, &e)

	kept := gin.H{}
	kept["errcode"] = "M_KEPT" // right: the map is never sent
	kept["error"] = "kept"
	_ = kept
}

// routes sends bodies by json.Marshal and a write.
func routes(c *gin.Context, w http.ResponseWriter) {
	b, _ := json.Marshal(MatrixError{ErrCode: "M_UNKNWN", Error: "x"}) // want `error code "M_UNKNWN" is not documented`
	w.WriteHeader(http.StatusBadRequest)
	_, _ = w.Write(b)

	d, _ := json.Marshal(gin.H{"errcode": codes.ErrMUnknownToken, "error": "x"})
	c.Data(http.StatusForbidden, "application/json", d) // want `error code "M_UNKNOWN_TOKEN" is documented with 401 Unauthorized, sent with 403 Forbidden`
}

// implicit writes with no WriteHeader: the status is 200.
func implicit(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(MatrixError{ErrCode: codes.ErrMForbidden, Error: "no"}) // want `error code "M_FORBIDDEN" is documented with 403 Forbidden, sent with 200 OK \(no WriteHeader before this write\)`
}

// writeJSON is the usual helper.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// forbidden sends its body with a status of its own.
func forbidden(w http.ResponseWriter, v any) {
	writeJSON(w, http.StatusNotFound, v)
}

// deny builds the body from its arguments and always answers 200.
func deny(w http.ResponseWriter, code, msg string) {
	writeJSON(w, http.StatusOK, MatrixError{ErrCode: code, Error: msg})
}

// either answers with one of two statuses.
func either(w http.ResponseWriter, code string, soft bool) {
	if soft {
		writeJSON(w, http.StatusOK, MatrixError{ErrCode: code})
		return
	}
	writeJSON(w, http.StatusForbidden, MatrixError{ErrCode: code})
}

func helpers(w http.ResponseWriter, r *http.Request) {
	deny(w, codes.ErrMForbidden, "no")                                                        // want `error code "M_FORBIDDEN" is documented with 403 Forbidden, sent with 200 OK by deny`
	either(w, codes.ErrMForbidden, false)                                                     // right: the helper's status is not one constant
	writeJSON(w, http.StatusOK, MatrixError{ErrCode: codes.ErrMForbidden, Error: "no"})       // want `error code "M_FORBIDDEN" is documented with 403 Forbidden, sent with 200 OK`
	writeJSON(w, http.StatusForbidden, MatrixError{ErrCode: "M_FORBIDDEN_X", Error: "no"})    // want `error code "M_FORBIDDEN_X" is not documented`
	forbidden(w, MatrixError{ErrCode: codes.ErrMUserLocked, Error: "locked"})                 // want `error code "M_USER_LOCKED" is documented with 400 Bad Request, sent with 404 Not Found by forbidden`
	writeJSON(w, http.StatusForbidden, MatrixError{ErrCode: codes.ErrMForbidden, Error: "x"}) // right: the documented status
}

// Country has a code of another kind.
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func negatives(w http.ResponseWriter, r *http.Request) {
	var in MatrixError
	_ = json.NewDecoder(r.Body).Decode(&in) // right: decoded from the request
	if in.ErrCode == "M_NOPE" {             // right: compared, not sent
		return
	}
	out, _ := json.Marshal(MatrixError{ErrCode: "M_REMOTE", Error: "to another service"}) // right: sent to another server
	_, _ = http.Post("http://other/", "application/json", bytes.NewReader(out))
	_, _ = resty.New().R().SetBody(MatrixError{ErrCode: "M_RESTY", Error: "x"}).Post("http://other/") // right: a request body
	log.Printf("%v", MatrixError{ErrCode: "M_LOGGED", Error: "x"})                                    // right: logged
	writeJSON(w, http.StatusOK, Country{Code: "XX", Name: "nowhere"})                                 // right: a country's code
}
