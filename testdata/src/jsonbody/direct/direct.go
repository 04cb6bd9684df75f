// encoding/json is in reach: the package imports it. // want package:"json-in-reach"

// Package direct builds error objects and encodes them; no sink package is
// in its reach.
package direct

import "encoding/json"

// Problem builds an error object from its parameters.
func Problem(code int, msg string) map[string]any { // want Problem:`jsonbody\({code,message} 0:code 1:message\)`
	return map[string]any{"code": code, "message": msg}
}

// Encode encodes v.
func Encode(v any) ([]byte, error) { return json.Marshal(v) }
