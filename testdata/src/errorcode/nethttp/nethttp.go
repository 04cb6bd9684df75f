// Package nethttp holds errorcode cases for net/http handlers with struct
// bodies.
package nethttp

import (
	"encoding/json"
	"log"
	"net/http"
)

// APIError is the documented error body.
type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Untagged matches the shape by its field names, as encoding/json does.
type Untagged struct {
	Code    int
	Message string
	Details []string
}

// Base carries the code; Wrapped embeds it and adds the message.
type Base struct {
	Code int `json:"code"`
}

// Wrapped is an error body through embedding.
type Wrapped struct {
	Base
	Message string `json:"message"`
}

// StringCode writes its code as a string.
type StringCode struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Kind is a typed error code.
type Kind int

const (
	kindUnknownGuild Kind = 10002 + iota
	kindUnknownMember
	kindBogus = Kind(10077)
)

const undocumented = 10099

func handler(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(APIError{Code: 10099, Message: "x"}) // want `error code 10099 is not documented in docs/status-codes.md \(nearest: 10012 unknown kettu shard; category 1xxxx unknown …\)`
	_ = json.NewEncoder(w).Encode(&APIError{Code: undocumented})       // want `error code 10099 is not documented`
	_ = json.NewEncoder(w).Encode(APIError{40099, "x"})                // want `error code 40099 is not documented in docs/status-codes.md \(nearest: 40007 expired access token; category 4xxxx\)`
	_ = json.NewEncoder(w).Encode(Untagged{Code: 99999})               // want `error code 99999 is not documented in docs/status-codes.md \(nearest: 50008 invalid ip for the mfa code\)`
	_ = json.NewEncoder(w).Encode(Wrapped{Base: Base{Code: 7}})        // want `error code 7 is not documented in docs/status-codes.md \(nearest: 0 general error\)`
	_ = json.NewEncoder(w).Encode(StringCode{Code: "999"})             // want `error code "999" is not documented`
	_ = json.NewEncoder(w).Encode(APIError{Code: int(kindUnknownMember)})
	_ = json.NewEncoder(w).Encode(APIError{Code: 10099, Message: "Unknown user."}) // want `error code 10099 is not documented`
	_ = json.NewEncoder(w).Encode(APIError{Code: int(kindBogus)})                  // want `error code 10077 is not documented`

	code := 50099
	_ = json.NewEncoder(w).Encode(APIError{Code: code}) // want `error code 50099 is not documented`

	var e APIError
	e.Code = 40100 // want `error code 40100 is not documented`
	e.Message = "m"
	_ = json.NewEncoder(w).Encode(e)

	// Documented codes, and codes that are not constants.
	_ = json.NewEncoder(w).Encode(APIError{Code: 10001, Message: "unknown user"})
	_ = json.NewEncoder(w).Encode(APIError{Code: 0})
	_ = json.NewEncoder(w).Encode(StringCode{Code: "40001"})
	_ = json.NewEncoder(w).Encode(APIError{Code: len(r.URL.Path)})
	_ = json.NewEncoder(w).Encode(StringCode{Code: "invalid_token"}) // right: not a number
}

// Country has a code and a name, not a message: not an error body.
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Product has a numeric code and no message.
type Product struct {
	Code  int     `json:"code"`
	Price float64 `json:"price"`
}

// Hidden leaves the message out of its JSON.
type Hidden struct {
	Code    int    `json:"code"`
	Message string `json:"-"`
}

// Custom writes its own JSON.
type Custom struct {
	Code    int
	Message string
}

// MarshalJSON writes Custom as a string.
func (Custom) MarshalJSON() ([]byte, error) { return []byte(`"custom"`), nil }

// Nested puts the code object under a key of its own: not promoted.
type Nested struct {
	Base    `json:"base"`
	Message string `json:"message"`
}

type unexported struct {
	code    int
	message string
}

func negatives(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(Country{Code: "99999", Name: "x"}) // right: a country code
	_ = json.NewEncoder(w).Encode(Product{Code: 99999})              // right: a product code
	_ = json.NewEncoder(w).Encode(Hidden{Code: 99999})               // right: no message in the JSON
	_ = json.NewEncoder(w).Encode(Custom{Code: 99999})               // right: its own MarshalJSON
	_ = json.NewEncoder(w).Encode(Nested{Base: Base{Code: 99999}})   // right: code is not a key of the body
	_ = json.NewEncoder(w).Encode(unexported{code: 99999})           // right: no exported field
	log.Printf("%v", APIError{Code: 99999, Message: "logged"})       // right: a log call
	log.Println(&APIError{Code: 99999})                              // right: a log call

	// Decoding a request: no code value is given.
	var in APIError
	_ = json.NewDecoder(r.Body).Decode(&in)
	_ = json.Unmarshal([]byte(`{"code": 99999}`), &in)
	if in.Code == 99999 { // right: a comparison reads a code
		return
	}
}
