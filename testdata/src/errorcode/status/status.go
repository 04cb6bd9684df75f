// Package status holds the cases of error bodies sent with a status that
// is not 4xx.
package status

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/render"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"errorcode/helpers/apierr"
)

// APIError is the error body.
type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

const ok = http.StatusOK

func ginHandler(c *gin.Context) {
	c.JSON(200, gin.H{"code": 10001, "message": "unknown user"}) // want `error code 10001 sent with status 200 OK: docs/status-codes.md gives error bodies 4xx statuses`
	c.JSON(ok, APIError{Code: 40001, Message: "blacklisted"})    // want `error code 40001 sent with status 200 OK`
	body := &APIError{Code: 40006, Message: "missing access token"}
	c.AbortWithStatusJSON(http.StatusFound, body)                                // want `error code 40006 sent with status 302 Found`
	c.JSON(http.StatusCreated, apierr.New(40002, "unauthorized, invalid token")) // want `error code 40002 sent with status 201 Created`

	// Negatives: 4xx, 5xx (leak5xx's), unknown statuses, success bodies.
	c.JSON(http.StatusNotFound, gin.H{"code": 10001, "message": "unknown user"})
	c.JSON(http.StatusNotFound, gin.H{"code": 10444, "message": "x"}) // want `error code 10444 is not documented`
	c.JSON(http.StatusInternalServerError, gin.H{"code": 0, "message": "general error"})
	c.JSON(c.Writer.Status(), gin.H{"code": 10001, "message": "unknown user"})
	c.JSON(http.StatusOK, gin.H{"items": []int{}, "message": "listed"})
	c.JSON(http.StatusOK, gin.H{"code": 0, "message": "ok"}) // want `error code 0 sent with status 200 OK`
}

func echoHandler(c echo.Context) error {
	return c.JSON(http.StatusOK, echo.Map{"code": 50003, "message": "invalid query"}) // want `error code 50003 sent with status 200 OK`
}

func fiberHandler(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"code": 10002, "message": "unknown guild"}) // want `error code 10002 sent with status 200 OK`
	}
	return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"code": 50001, "message": "missing access"})
}

func netHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/a" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK) // want `error code 10003 sent with status 200 OK`
		_ = json.NewEncoder(w).Encode(APIError{Code: 10003, Message: "x"})
		return
	}
	if r.URL.Path == "/b" {
		w.WriteHeader(http.StatusAccepted) // right: the code is computed, it may be a success
		e := APIError{Code: len(r.URL.Path), Message: "computed"}
		_ = json.NewEncoder(w).Encode(e)
		return
	}
	apierr.Write(w, http.StatusOK, 40005, "invalid simulation target") // want `error code 40005 sent with status 200 OK`

	// Negatives: a 4xx; a writer used between the status and the body;
	// another writer; no status written.
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(APIError{Code: 50004, Message: "invalid body"})
}

func used(w, other http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)   // want `error code 50004 sent with status 200 OK`
	w.Header().Set("X-Later", "1") // a header set between them leaves the status as it is
	_ = json.NewEncoder(w).Encode(APIError{Code: 50004, Message: "invalid body"})
	other.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(APIError{Code: 50004, Message: "invalid body"})
}

func implicit(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(APIError{Code: 50004, Message: "invalid body"}) // want `error code 50004 sent with status 200 OK \(no WriteHeader before this write\)`
}

// health answers with the error body's shape and a 2xx status: its code is
// a success envelope's, neither undocumented nor a mismatch.
func health(c *gin.Context, w http.ResponseWriter) {
	resp := new(APIError)
	resp.Code = http.StatusOK
	resp.Message = "API is healthy."
	c.JSON(http.StatusOK, resp)
	c.JSON(http.StatusCreated, APIError{Code: 20100, Message: "created"})
	c.JSON(http.StatusNotFound, APIError{Code: 20100, Message: "x"}) // want `error code 20100 is not documented`
}

func chi(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/a" {
		render.Status(r, http.StatusOK)                                        // want `error code 10004 sent with status 200 OK`
		render.JSON(w, r, render.M{"code": 10004, "message": "unknown image"}) // the status was set just before
		return
	}
	if r.URL.Path == "/b" {
		w.WriteHeader(http.StatusAccepted) // want `error code 10005 sent with status 202 Accepted`
		render.JSON(w, r, APIError{Code: 10005, Message: "unknown image category"})
		return
	}
	render.Status(r, http.StatusNotFound)
	render.JSON(w, r, render.M{"code": 10004, "message": "unknown image"}) // right: a 4xx
}
