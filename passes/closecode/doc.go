// Package closecode defines an Analyzer that holds the WebSocket close
// codes, close reasons and gateway opcodes a program sends to RFC 6455 and
// to what its API documents.
//
// # Analyzer closecode
//
// closecode: check WebSocket close codes, close reasons and gateway opcodes
//
// The analyzer finds every close frame a program builds or sends:
// FormatCloseMessage of gorilla/websocket, its forks fasthttp/websocket and
// hertz-contrib/websocket, and melody; Close of coder/websocket and
// nhooyr.io/websocket; NewCloseFrameBody and PutCloseFrameBody of
// gobwas/ws; WriteClose of lxzan/gws, nbio and x/net/websocket; and helpers
// in the same or another package whose parameter reaches one of them
// (closeWith(c, 4006, "decode error")). It follows the value: literals,
// constants, iota blocks (iota + 4000), conversions, locals assigned once,
// and identity methods of the package (func (c CloseCode) Value() int
// { return int(c) }).
//
// It reports, at the argument:
//
//   - undocumented-close-code: a code of the private range 4000 to 4999
//     that the catalog's close-code table does not list, naming the nearest
//     documented codes; only when the catalog has such a table;
//   - invalid-close-code: a code RFC 6455 forbids: 1004, 1005, 1006 and
//     1015, which are never sent; 0 to 999, 1016 to 2999 and 5000 and
//     above; a value beyond 16 bits, which gorilla, melody, nbio and x/net
//     send wrapped (70000 as 4464); 1010, which only a client sends, where
//     the code is not a client's (as for client opcodes below: not in a
//     package that dials and accepts nothing, nor on a connection only a
//     dial assigns, nor in the WebSocket library itself, which dials); and a
//     code of 3000 to 3999 that is neither registered with IANA (3000,
//     3003, 3008) nor documented;
//   - invalid-close-reason: a constant reason longer than 123 bytes, or
//     not valid UTF-8, or sent with 1005 where the library drops it;
//   - raw-close-code: a standard code written as a literal where the
//     library names it;
//   - undocumented-opcode and client-opcode: a gateway payload the program
//     sends (a struct whose field is encoded as "op", or a map with an "op"
//     key, given to WriteJSON, wsjson.Write, or json.Marshal and then a
//     message writer) whose opcode the catalog does not list, or lists as
//     sent by clients only. A payload a helper builds and returns, alone
//     or with an error (marshalBotFrame(op, d)), is checked at the
//     helper's call, in any package: the opcode argument, or the call for
//     another package's helper that returns a constant opcode. A client may send the latter: a package that
//     dials a WebSocket connection and accepts none, or a local connection
//     that only a dial assigns, is not reported for them.
//
// 1005 (No Status Received) is not invalid where the library itself
// takes it for a close frame without a code: gorilla's FormatCloseMessage,
// its forks' and melody's return an empty body for it, and coder's and
// nhooyr's Close send one, so FormatCloseMessage(CloseNoStatusReceived, "")
// is their way to close without a code, directly or through a helper that
// hands the code nowhere else. The reason is dropped with it: a constant
// non-empty reason there is an invalid-close-reason. Likewise gws's
// WriteClose sends 1000 (Normal Closure) in place of any code below 1000,
// with the reason: WriteClose(0, nil) is not invalid.
//
// A value wider than a uint16 can only be seen where the library's
// parameter is an int: a constant conversion to uint16 (gobwas, gws) does
// not compile, and a value computed at run time is not a constant.
//
// Invalid codes are not reported in _test.go files: a test sends its close
// codes to the code under test, not to a client, and a code there that no
// endpoint may send is the test's probe of what that code does with one
// (c.Close(-1, "") to see it refused).
//
// It is quiet on integers that never reach a close frame (ports, sizes,
// months), on the receive side (CloseError fields, IsCloseError and
// CloseStatus checks, ReadJSON and json.Unmarshal of incoming payloads),
// and on values it cannot compute.
//
// Wrong, with the reference API's catalog (4000 to 4014 without 4006 and
// 4011):
//
//	c.Close(4006, "decode error")             // undocumented-close-code
//	websocket.FormatCloseMessage(1006, "")     // invalid-close-code
//	conn.WriteJSON(Payload{Op: 4, D: nil})     // client-opcode: identify
//
// Right:
//
//	c.Close(4002, "decode error")
//	websocket.FormatCloseMessage(websocket.CloseNormalClosure, "")
//
// Fixes: when the call's constant reason is the name or the meaning of a
// documented close code (case and punctuation aside) and that is not the
// code sent, the code is replaced with the documented one, by a constant
// of the module with that value and name when there is one. A standard
// code written as a literal is replaced with the library's constant
// (websocket.CloseNormalClosure, websocket.StatusNormalClosure,
// ws.StatusNormalClosure), the import added if the file lacks it. There is
// no fix where the right code would be a guess.
package closecode
