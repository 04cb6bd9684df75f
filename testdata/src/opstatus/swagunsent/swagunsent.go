// Package swagunsent has unsent-documented-status turned on by its
// statuslint.yaml.
package swagunsent

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"opstatus/helpers"
)

// renameUser documents 409 and 422; it answers 422 and never 409.
//
// @Success 200 {object} User
// @Failure 409 {object} APIError // want `status 409 Conflict is documented for PATCH /users/\{id\}, but renameUser never answers it`
// @Failure 422 {object} APIError
// @Router /users/{id} [patch]
func renameUser(c *gin.Context) { // want renameUser:`answers\(422, swag\)`
	c.Status(http.StatusUnprocessableEntity)
}

// getUser documents 200, which a handler that sets no status answers.
//
// @Success 200 {object} User
// @Router /users/{id} [get]
func getUser(c *gin.Context) {
	c.Writer.Write([]byte("{}"))
}

// lookup documents 404, which it answers through a shared error handler:
// what that answers is not known, so nothing is called unsent.
//
// @Success 200 {object} User
// @Failure 404 {object} APIError
// @Router /lookup [get]
func lookup(c *gin.Context) { // want lookup:`answers\(…, swag\)`
	helpers.Fail(c.Writer, nil)
}

// notFound documents 404, which it answers through a helper.
//
// @Failure 404 {object} APIError
// @Router /missing [get]
func notFound(c *gin.Context) { // want notFound:`answers\(404, swag\)`
	helpers.NotFound(c.Writer)
}
