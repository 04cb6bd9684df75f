// Package echo4 holds the error-path cases of echo v4: an HTTPError is
// sent when it is returned, or passed to c.Error directly or through a
// helper; a value handed elsewhere is not sent.
package echo4

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"httpstatus/errpath/errs"
)

func handler(c echo.Context, which int) error {
	switch which {
	case 0:
		return echo.NewHTTPError(http.StatusConflict, "conflict") // want `status 409 Conflict is not documented`
	case 1:
		return &echo.HTTPError{Code: http.StatusPaymentRequired} // want `status 402 Payment Required is not documented`
	case 2:
		err := echo.NewHTTPError(http.StatusUnprocessableEntity, "x") // want `status 422 Unprocessable Content is not documented`
		return err
	case 3:
		return echo.NewHTTPError(http.StatusLocked).SetInternal(nil) // want `status 423 Locked is not documented`
	case 4:
		c.Error(echo.NewHTTPError(http.StatusNotAcceptable, "x")) // want `status 406 Not Acceptable is not documented`
	case 5:
		errs.Fail(c, echo.NewHTTPError(http.StatusMethodNotAllowed, "x")) // want `status 405 Method Not Allowed is not documented`
	case 6:
		return errs.Teapot() // reported where Teapot returns it
	case 7:
		return wrap(echo.NewHTTPError(http.StatusExpectationFailed, "x")) // want `status 417 Expectation Failed is not documented`
	case 8:
		return errs.Pass(echo.NewHTTPError(http.StatusPreconditionFailed, "x")) // want `status 412 Precondition Failed is not documented`
	case 9:
		return errs.Pass(wrap(echo.NewHTTPError(http.StatusRequestTimeout))) // want `status 408 Request Timeout is not documented`
	case 10:
		return errs.Describe(echo.NewHTTPError(http.StatusConflict, "x")) // right: Describe returns another error
	case 11:
		return swallow(echo.NewHTTPError(http.StatusConflict, "x")) // right: swallow never returns its parameter
	case 12:
		return errs.Pass(nil, echo.NewHTTPError(http.StatusConflict, "x")) // right: Pass returns its first parameter only
	}

	// Negatives: the values never reach echo.
	msg := errs.Message(echo.NewHTTPError(http.StatusConflict, "only read")) // handed to a function that reads the message
	kept := []error{echo.NewHTTPError(http.StatusConflict, "kept")}          // kept in a slice
	he := echo.NewHTTPError(http.StatusConflict, "read")                     // only its fields are read
	_ = he.Message
	_ = kept
	return c.JSON(http.StatusOK, msg)
}

// conflict's result is returned by a handler: it reaches echo.
func conflict() error {
	return echo.NewHTTPError(http.StatusConflict, "x") // want `status 409 Conflict is not documented`
}

// logged's result is only logged.
func logged() error {
	return echo.NewHTTPError(http.StatusConflict, "x") // right: no handler returns it
}

// page renders a login page for any error: the status is not sent.
func page(c echo.Context, err error) error { return c.String(http.StatusOK, err.Error()) }

func handler2(c echo.Context) error {
	if _, err := errs.Exchange("t"); err != nil {
		return page(c, err)
	}
	_ = logged().Error()
	if c.Param("x") == "" {
		return page(c, echo.NewHTTPError(http.StatusConflict, "bad")) // right: handed to page, which answers 200
	}
	return conflict()
}

// handler3 returns Exchange's error to echo: its 409 is sent.
func handler3(c echo.Context) error {
	if _, err := errs.Exchange("t"); err != nil { // want `status 409 Conflict is not documented in docs/status-codes.md \(returned by Exchange at errs.go:\d+\)`
		return err
	}
	v, err := errs.Exchange("u") // want `status 409 Conflict is not documented in docs/status-codes.md \(returned by Exchange at errs.go:\d+\)`
	if err != nil {
		return err
	}
	if _, err := lookup(v); err != nil {
		return err
	}
	_, _ = check(v)
	return nil
}

// lookup returns a value and an error a handler returns.
func lookup(v string) (int, error) {
	return 0, echo.NewHTTPError(http.StatusGone, v) // want `status 410 Gone is not documented`
}

// check's error is dropped by its only caller.
func check(v string) (int, error) {
	return 0, echo.NewHTTPError(http.StatusGone, v) // right: no caller returns it
}

// wrap gives its error back: what it is given reaches echo where its
// call does.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	return err
}

// swallow logs its error and returns none.
func swallow(err error) error {
	_ = err.Error()
	return nil
}
