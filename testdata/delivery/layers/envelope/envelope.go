// Package envelope builds error objects and encodes them, with no framework
// in reach: jsonbody reads it because it imports encoding/json (a
// json-in-reach fact), and its helper's fact is there for a package above
// that sends what it builds.
package envelope

import "encoding/json"

// Error builds the documented error object.
func Error(code int, message string) map[string]any {
	return map[string]any{"code": code, "message": message}
}

// Encode encodes an object.
func Encode(v any) ([]byte, error) { return json.Marshal(v) }
