// encoding/json is in reach, through direct's fact. // want package:"json-in-reach"

// Package above imports direct only: its objects may still be encoded
// there.
package above

import "jsonbody/direct"

// Unknown builds an error object from its parameter.
func Unknown(msg string) map[string]any { // want Unknown:`jsonbody\({code,message} 0:message\)`
	return map[string]any{"code": 10001, "message": msg}
}

// Bytes encodes an object through direct.
func Bytes() ([]byte, error) { return direct.Encode(Unknown("x")) }
