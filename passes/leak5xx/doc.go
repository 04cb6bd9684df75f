// Package leak5xx defines an Analyzer that reports server error responses
// whose body tells the client what went wrong inside: an error's text, a
// recovered panic value, a stack trace, or a body that is not the 5xx
// shape the API documents.
//
// # Analyzer leak5xx
//
// leak5xx: check that 5xx bodies carry no error text, stack or panic value, and have the documented shape
//
// A 5xx response is the server's failure, and its body is read by a
// client that can do nothing with "pq: relation users does not exist" but
// learn the schema. The reference API logs every 5xx and answers
// {"message": "Internal Server Error", "report": "<id>"}.
//
// The analyzer follows details from where they start: the text of an
// error (err.Error(), an error formatted with any verb, wrapped with %w or
// errors.Join, concatenated, built with fmt.Sprintf or a strings.Builder),
// a value recover() returns, debug.Stack() and the buffer runtime.Stack
// fills. It follows them through local variables, across assignments and
// branches, into struct fields, map entries and slices, and through
// helpers in the same package or another one (facts on their parameters
// and results), to the places that write a response body: a
// ResponseWriter's Write, http.Error's message, io.WriteString, fmt.Fprint,
// io.Copy and JSON and XML encoders on the writer, and the body methods of
// gin, echo, fiber, chi render, fasthttp and hertz, echo.NewHTTPError's
// message and fiber.NewError's.
//
// It knows the frameworks' error paths, as their sources show: fiber's
// default ErrorHandler sends a returned error's text with 500, so a fiber
// handler that returns a plain error leaks it where the package makes its
// app without an ErrorHandler; echo's default HTTPErrorHandler sends
// err.Error() (with an HTTPError's Internal error) only when Debug is on;
// gin's c.Error and c.AbortWithError only record the error.
//
// It reports:
//
//   - leaked-error, at the value: error text in the body of a 5xx
//     response, whose status is the sink's own (http.Error's code,
//     c.JSON(500, …), c.Status(500).JSON(…)) or the status written before
//     it on the same path (w.WriteHeader, c.Status, render.Status),
//     computed through constants and helper parameters: a helper call
//     writeJSON(w, 502, map[string]string{"message": msg}) with msg from
//     an error is reported at the call;
//   - leaked-stack, at the value: a stack trace or a recovered panic value
//     in any response body, whatever its status;
//   - undocumented-5xx-body, at the literal: a 5xx body encoded as JSON
//     whose fields are not the catalog's 5xx shape ({message, report} in
//     the default), only where the catalog documents one; at the call,
//     when a helper writes such a literal with the 5xx status the call
//     gives it (problem(w, 503, "try later")).
//
// Error text in a 4xx body is not reported (validation messages are for
// clients), nor is a status the pass cannot compute, nor anything logged,
// a constant message, http.StatusText, a sentinel error's text or a
// constant chosen with errors.Is, an error value encoded as JSON (it
// shows as {}), a number or boolean computed from an error's text
// (len(err.Error()); a byte or rune of it counts), and code in _test.go
// files.
//
// Wrong:
//
//	http.Error(w, err.Error(), http.StatusInternalServerError) // leaked-error
//	c.JSON(500, gin.H{"error": fmt.Sprint(r)})                  // leaked-stack, r from recover()
//	c.JSON(500, gin.H{"message": "Internal Server Error"})      // undocumented-5xx-body: no report
//
// Right:
//
//	log.Printf("report %s: %v", id, err)
//	c.JSON(500, gin.H{"message": "Internal Server Error", "report": id})
//
// The fix for leaked-error calls the module's function that writes the
// documented body, when -leak5xx.helper=pkgpath.Func names one that the
// package imports and each of its parameters (the response writer, the
// request, the error, the status) has a value there. Without the flag it
// calls the one function (not a method: the call would need a receiver)
// of the package, or of the packages of its module that it imports, that
// takes only those parameters and writes the documented body, when there
// is exactly one. Otherwise it replaces
// the leaking value with http.StatusText(status), which removes the leak
// and compiles. There is no fix where the value is an error that only an
// error can replace, or where the fix would leave a variable unused.
package leak5xx
