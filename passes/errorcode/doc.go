// Package errorcode defines an Analyzer that holds the codes of a
// program's JSON error bodies to the error codes its API documents.
//
// # Analyzer errorcode
//
// errorcode: check JSON error codes against the API's documented error codes
//
// The analyzer recognises error objects by the shape the catalog
// documents: its code field and message field by name ({code, message} in
// the default; {errcode, error} in Matrix's), nested where its path says
// (under "error", or each element of "errors[]"). An error object is a
// struct literal whose encoding/json keys include the code field and
// another field of the shape (json tags, embedded structs, pointer
// fields), a struct filled field by field, a map literal or a map filled
// by index (map[string]any, gin.H, echo.Map, fiber.Map, hertz's utils.H,
// chi's render.M), an element of a slice appended to, or a helper call
// whose parameter becomes its code. It counts only where its value
// reaches a response: a sink's body argument, json.NewEncoder(w).Encode
// on a response writer, json.Marshal then w.Write or c.Data, c.Blob,
// ctx.SetBody, a helper's body parameter, through variables, keys,
// fields, append, the package's function results, and a method of the
// package that copies its receiver's fields into a body it sends
// (err.Write(w)). Codes are integers
// (negative ones too) or strings: literals, constants, typed constants,
// fmt.Sprint of a constant; "999" is 999 where the catalog's codes are
// integers.
//
// It reports, only when the catalog has an error-code section:
//
//   - undocumented-error-code, at the code: a code the catalog does not
//     document, naming the nearest documented code and the category the
//     code falls in (1xxxx unknown …: documented codes with the same number
//     of digits and first digit, with the words their meanings share).
//     A body sent with a 2xx status is a success envelope and its code is
//     not an error code; nor is an undocumented 0 (the zero value, no
//     error), a constant named for success alone (CodeSuccess, StatusOK;
//     not ErrNotOK), nor the code of a body whose constant message says
//     success ({code: 200, message: "success"}), wherever the body is
//     built (a constructor that does not know the status); where
//     every documented code is a 4xx or 5xx status, a code below 400 is not
//     one either;
//   - error-body-status, at the status: a documented error code sent with
//     a status below 400 in the same call (c.JSON(200, body),
//     c.Status(200).JSON(body), a helper taking both) or by
//     w.WriteHeader(200) or chi's render.Status(r, 200) followed, in the
//     same block, by json.NewEncoder(w).Encode(body) or a body sink or
//     helper taking w or r (render.JSON(w, r, body)), when no statement
//     between them uses that variable. A client that trusts 2xx misses the failure. A code the
//     document calls success (ok, success) is not reported, nor a code
//     that is not a constant, nor a status that is not. It runs when the
//     catalog documents a 4xx status or no HTTP status at all. A 5xx with
//     an error body is left to leak5xx, which checks a 5xx body's fields
//     against the documented 5xx shape and reports error text in it;
//   - error-code-status, at the status: a documented code that the
//     catalog pairs with a status, sent with another one ("error code
//     10001 is documented with 404 Not Found, sent with 409 Conflict"),
//     where the status is the call's, a helper's status argument, a
//     status written inside a helper, a WriteHeader before the write, or
//     the implicit 200 of a handler that writes with none. The fix
//     writes the documented status where the status is a literal or a
//     constant at the call;
//   - raw-error-code, at the literal: a documented code written as a
//     number where the module declares one named constant with that value
//     whose name says what the code's documented meaning says
//     (ErrUnknownUser for 10001 unknown user; not UnknownCode for 500
//     internal server error), in the package or, breadth first, a package
//     of the module it imports.
//
// It stays quiet on structs with a code field that are not error bodies
// (a country's code, a product code, a Code with no message), types with
// their own MarshalJSON, the status fields of framework errors
// (fiber.Error.Code), objects passed straight to logging and formatting
// calls (log, slog, fmt, logrus, zap, zerolog), maps whose keys are not the
// shape's or whose type is another library's (logrus.Fields), objects
// encoded into the body of an outgoing request (b, _ := json.Marshal(v)
// then http.Post(url, ct, bytes.NewReader(b)) or http.NewRequest in the
// same function: they go to another API), the gRPC
// status message (status.Errorf(codes.NotFound, …)), objects in _test.go
// and generated files, computed codes, and decoding: a json.Unmarshal
// target or c.Bind(&req) gives no code value.
//
// Wrong, with the default catalog:
//
//	c.JSON(http.StatusNotFound, gin.H{"code": 10099, "message": "unknown user"}) // undocumented-error-code
//	c.JSON(http.StatusOK, APIError{Code: 10001, Message: "unknown user"})        // error-body-status
//	writeError(w, http.StatusNotFound, 10001, "unknown user")                    // raw-error-code, given ErrUnknownUser = 10001
//
// Right:
//
//	c.JSON(http.StatusNotFound, APIError{Code: ErrUnknownUser, Message: "unknown user"})
//
// The fix for undocumented-error-code replaces the code with the documented
// code whose meaning is the body's constant message, compared with case
// and punctuation folded ("Unknown user." is 10001 unknown user): by the
// module's named constant when there is one, else as a number (or a
// numeric string where the code is a string). The fix for raw-error-code
// replaces the literal with the named constant, adding the import of its
// package under a name nothing else uses there. There is no fix for
// error-body-status: which 4xx is right is the author's call.
package errorcode
