// Package crash holds odd and ill-typed code the pass must read without
// crashing.
package crash

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Generic is a generic error body.
type Generic[T any] struct {
	Code    T      `json:"code"`
	Message string `json:"message"`
}

// Loop embeds itself through a pointer.
type Loop struct {
	*Loop
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Deep embeds five levels down.
type L1 struct{ L2 }
type L2 struct{ L3 }
type L3 struct{ L4 }
type L4 struct{ L5 }
type L5 struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func odd(w http.ResponseWriter, c *gin.Context, xs ...int) {
	_ = json.NewEncoder(w).Encode(Generic[int]{Code: 10099})      // want `error code 10099 is not documented`
	_ = json.NewEncoder(w).Encode(Generic[string]{Code: "10098"}) // want `error code "10098" is not documented`
	_ = json.NewEncoder(w).Encode(Loop{Code: 10097})              // want `error code 10097 is not documented`
	_ = json.NewEncoder(w).Encode(L1{})
	_ = json.NewEncoder(w).Encode(Generic[float64]{Code: 1.5})
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 1 << 70, "message": "huge"})
	_ = json.NewEncoder(w).Encode(map[string]any{"code": undefined, "message": "x"})
	_ = json.NewEncoder(w).Encode(Missing{Code: 10096})
	c.JSON(xs...)
	c.JSON()
	c.JSON(200, nil)
	var f func(int, string)
	f(10095, "x")
	_ = struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}{10094, "anonymous"} // right: built and dropped, never sent
}

// rec and its partner build their body through each other: the helper
// summaries must settle.
func rec(w http.ResponseWriter, code, n int) {
	if n == 0 {
		_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": "deep"})
		return
	}
	rec(w, code, n-1)
	partner(w, code, n-1)
}

func partner(w http.ResponseWriter, code, n int) { rec(w, code, n) }

func callsRec(w http.ResponseWriter) {
	rec(w, 10093, 3) // want `error code 10093 is not documented`
}
