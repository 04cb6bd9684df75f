// Package swag documents its handlers with swag comments: each comment is
// its handler's documentation, without a generated document.
package swag

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// getUser returns one user.
//
//	@Summary	Get a user
//	@Success	200	{object}	User
//	@Failure	404	{object}	APIError
//	@Router		/users/{id} [get]
func getUser(c *gin.Context) { // want getUser:`answers\(200, 404, 409, swag\)`
	c.JSON(http.StatusOK, nil)
	c.JSON(http.StatusNotFound, nil)
	c.JSON(http.StatusConflict, nil) // want `status 409 Conflict is not documented for GET /users/\{id\} by its swag comment at swag\.go:16 \(documented: 200 and 404\)`
}

// createUser documents several failures on one line, and 201 alone among
// its 2xx statuses: the fix writes it.
//
// @Success 201 {object} User
// @Failure 400,409 {object} APIError
// @Router /users [post]
func createUser(c *gin.Context) { // want createUser:`answers\(200, 400, swag\)`
	c.JSON(http.StatusOK, nil) // want `status 200 OK is not documented for POST /users by its swag comment at swag\.go:28 \(documented: 201, 400 and 409\)`
	c.JSON(http.StatusBadRequest, nil)
}

// deleteUser documents a default response: any status.
//
// @Success 204
// @Failure default {object} APIError
// @Router /users/{id} [delete]
func deleteUser(c *gin.Context) { // want deleteUser:`answers\(204, 500, swag\)`
	c.Status(http.StatusNoContent)
	c.JSON(http.StatusInternalServerError, nil)
}

// describeUser documents statuses but no route: swag makes nothing of it.
//
// @Success 200 {object} User
func describeUser(c *gin.Context) { // want describeUser:`answers\(418\)`
	c.Status(http.StatusTeapot)
}

// plain has no swag comment.
func plain(c *gin.Context) { // want plain:`answers\(409\)`
	c.Status(http.StatusConflict)
}

// renameUser documents 409, which it never answers; the category is off
// by default, so nothing is reported here (see package swagunsent).
//
// @Success 200 {object} User
// @Failure 409 {object} APIError
// @Router /users/{id} [patch]
func renameUser(c *gin.Context) { // want renameUser:`answers\(200, swag\)`
	c.JSON(http.StatusOK, nil)
}
