// Package envelope holds the {code, message, data} envelope of an API that
// answers successes and errors with the same struct, built by constructors
// that do not know the status (TestSuccessEnvelopes documents 40002, 40401
// and 50001, and not 0).
package envelope

import (
	"encoding/json"
	"net/http"
)

// Reply is the envelope of every answer.
type Reply struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data"`
}

// Done wraps a result: 0 is the code of no error.
func Done(data any) *Reply {
	return &Reply{Code: 0, Message: "done", Data: data} // right: 0, the zero value of a code, is no error
}

// Healthy answers a health check with a code that says success.
func Healthy() *Reply {
	return &Reply{Code: 200, Message: "Success.", Data: nil} // right: the message says success
}

// Codes of the envelope that say success by their names.
const (
	CodeSuccess = 1
	StatusOK    = 2
	CodeFailed  = 3
	ErrNotOK    = 4
)

// Saved wraps a result with a code named for success and a message in
// another language.
func Saved(data any) *Reply {
	return &Reply{Code: CodeSuccess, Message: "操作成功", Data: data} // right: the constant is named for success
}

// Listed wraps a result the same way, with a name of another kind.
func Listed(data any) *Reply {
	return &Reply{Code: StatusOK, Message: "已查询", Data: data} // right: the constant is named for success
}

// Unsaved wraps an error whose constant is named for failure.
func Unsaved() *Reply {
	return &Reply{Code: CodeFailed, Message: "保存失败"} // want `error code 3 is not documented in docs/api.md`
}

// Denied wraps an error whose constant names success only to deny it.
func Denied() *Reply {
	return &Reply{Code: ErrNotOK, Message: "失败"} // want `error code 4 is not documented in docs/api.md`
}

// Failed wraps an error the document does not list.
func Failed() *Reply {
	return &Reply{Code: 40003, Message: "token expired"} // want `error code 40003 is not documented in docs/api.md`
}

// Refused sends a code that says success in words but not in its number.
func Refused() *Reply {
	return &Reply{Code: 1, Message: "refused"} // want `error code 1 is not documented in docs/api.md`
}

func handler(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 0, "message": "fine"}) // right: no error
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 7, "message": "OK"})   // right: the message says success
	_ = json.NewEncoder(w).Encode(Done(nil))
}
