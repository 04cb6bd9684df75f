// Package lookup returns echo's error beside a value: an error-returns
// fact tells its callers which status the error carries.
package lookup

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Find returns the item's name, or echo's 404.
func Find(id string) (string, error) {
	if id == "" {
		return "", echo.NewHTTPError(http.StatusNotFound, "no id")
	}
	return id, nil
}
