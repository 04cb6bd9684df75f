package nethttp

import (
	"encoding/json"
	"net/http"
)

// M is the package's own map type for bodies.
type M map[string]any

const keyCode = "code"

func maps(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 40099, "message": "x"})          // want `error code 40099 is not documented`
	_ = json.NewEncoder(w).Encode(map[string]interface{}{keyCode: 10050, "message": "x"}) // want `error code 10050 is not documented`
	_ = json.NewEncoder(w).Encode(M{"message": "x", "code": "777"})                       // want `error code "777" is not documented`
	_ = json.NewEncoder(w).Encode(map[string]string{"Code": "123", "Message": "x"})       // want `error code "123" is not documented`
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 10001, "message": "unknown user"})
	_ = json.NewEncoder(w).Encode(M{"code": 10098, "message": "Missing access token!"}) // want `error code 10098 is not documented`
	_ = json.NewEncoder(w).Encode(M{"code": "10097", "message": "unknown   guild"})     // want `error code "10097" is not documented`

	// Unrelated maps.
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 99999})           // right: no message key
	_ = json.NewEncoder(w).Encode(map[string]int{"code": 99999, "qty": 1}) // right: no message key
	_ = json.NewEncoder(w).Encode(map[int]any{1: 99999})                   // right: not a JSON object with keys
	limits := map[string]int{"max": 99999, "min": 1}                       // right: other keys
	_ = limits
}
