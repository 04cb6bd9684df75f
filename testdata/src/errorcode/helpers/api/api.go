// Package api calls the helpers of package apierr, and helpers of its
// own.
package api

import (
	"net/http"

	"errorcode/codes"
	"errorcode/helpers/apierr"
)

// notFound is a helper of this package over apierr.Write.
func notFound(w http.ResponseWriter, code int, msg string) {
	apierr.Write(w, http.StatusNotFound, code, msg)
}

func handler(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, http.StatusUnauthorized, 40099, "x")                     // want `error code 40099 is not documented`
	apierr.Write(w, http.StatusNotFound, 10199, "Unknown member.")           // want `error code 10199 is not documented`
	apierr.Fail(w, 10555)                                                    // want `error code 10555 is not documented`
	notFound(w, 10666, "x")                                                  // want `error code 10666 is not documented`
	_ = apierr.New(40088, "x")                                               // right: built, never sent
	apierr.Write(w, http.StatusForbidden, 50002, "insufficient permissions") // want `raw error code 50002: use codes.ErrInsufficientPermissions`
	apierr.Write(w, http.StatusNotFound, 10001, "unknown user")              // right: codes.UnknownUser is a codes.Code, which an int parameter does not take

	fail := func(code int) { notFound(w, code, "closure") }
	fail(10777) // want `error code 10777 is not documented`

	// Negatives.
	apierr.Write(w, http.StatusNotFound, int(codes.UnknownUser), "unknown user")
	_ = apierr.Log(99999) // right: its parameter reaches no body

	// The body whole through a helper of another package.
	apierr.JSON(w, http.StatusOK, apierr.Error{Code: 10001, Message: "unknown user"}) // want `error code 10001 sent with status 200 OK`
	apierr.JSON(w, http.StatusNotFound, apierr.Error{Code: 10999, Message: "x"})      // want `error code 10999 is not documented`
	apierr.JSON(w, http.StatusNotFound, &apierr.Error{Code: int(codes.UnknownUser)})  // right: documented, a 4xx

	// A helper that is a method of another package's type.
	users := apierr.Service{Name: "users"}
	apierr.JSON(w, http.StatusNotFound, users.Error(10998, "x"))                  // want `error code 10998 is not documented`
	apierr.JSON(w, http.StatusNotFound, users.Error(int(codes.UnknownUser), "x")) // right: documented, a 4xx
}
