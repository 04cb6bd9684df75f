package crash

import (
	"encoding/json"

	gorilla "github.com/gorilla/websocket"
)

// Odd helpers that build payloads: named results, variadic opcodes,
// generic payloads, recursion, a parameter of no name. None may crash
// the pass.

type frame struct {
	Op int `json:"op"`
	D  any `json:"d"`
}

type genFrame[T any] struct {
	Op int `json:"op"`
	D  T   `json:"d"`
}

func named(op int) (b []byte, err error) {
	b, err = json.Marshal(frame{Op: op})
	return
}

func variadic(ops ...int) []byte {
	b, _ := json.Marshal(frame{Op: ops[0]})
	return b
}

func generic[T any](op int, d T) []byte {
	b, _ := json.Marshal(genFrame[T]{Op: op, D: d})
	return b
}

func again(op int) []byte {
	if op > 100 {
		return again(op - 1)
	}
	b, _ := json.Marshal(frame{Op: op})
	return b
}

func unnamed(int, string) frame { return frame{} }

func sendOdd(c *gorilla.Conn) {
	b, _ := named(1)
	_ = c.WriteMessage(gorilla.TextMessage, b)
	_ = c.WriteMessage(gorilla.TextMessage, variadic(1, 2))
	_ = c.WriteMessage(gorilla.TextMessage, generic(1, "x"))
	_ = c.WriteMessage(gorilla.TextMessage, again(1))
	_ = c.WriteJSON(unnamed(1, ""))
	f := func(op int) []byte { b, _ := json.Marshal(frame{Op: op}); return b }
	_ = c.WriteMessage(gorilla.TextMessage, f(1))
}
