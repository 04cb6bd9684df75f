package crash

import "net/http"

// Odd shapes of the flow through carriers: none is a finding, none may
// crash the pass.

// A generic error type whose field reaches a sink.
type genErr[T any] struct {
	Status int
	Extra  T
}

func (e genErr[T]) write(w http.ResponseWriter) { w.WriteHeader(e.Status) }

var _ = genErr[string]{Status: http.StatusOK}

// Functions whose results reach each other and a sink: a cycle.
func ping(n int) int {
	if n == 0 {
		return http.StatusOK
	}
	return pong(n - 1)
}

func pong(n int) int { return ping(n) }

func cycle(w http.ResponseWriter) { w.WriteHeader(ping(3)) }

// A channel of channels, a nil channel, a send on a call's result.
var chans = make(chan chan int, 1)

func chanOfChans(w http.ResponseWriter) {
	c := <-chans
	w.WriteHeader(<-c)
	var nilc chan int
	go func() { nilc <- http.StatusOK }()
	mk() <- http.StatusOK
}

func mk() chan int { return make(chan int, 1) }

// A map lookup with a key of the wrong kind, and a map of maps.
var byKey = map[any]int{"a": http.StatusOK, 1: http.StatusOK}

var nested = map[string]map[string]int{"a": {"b": http.StatusOK}}

func lookups(w http.ResponseWriter) {
	w.WriteHeader(byKey[1])
	w.WriteHeader(nested["a"]["b"])
}

// An interface whose method an embedded interface declares, and a
// recursive interface call.
type sender interface{ send(code int) }

type both interface {
	sender
	other()
}

type impl struct{ w http.ResponseWriter }

func (i impl) send(code int) { i.w.WriteHeader(code) }
func (i impl) other()        {}

func viaEmbedded(b both) { b.send(http.StatusOK) }

type loop interface{ again(code int) }

type looper struct{ l loop }

func (x looper) again(code int) { x.l.again(code) }

// An identity method on a pointer receiver, and one on a generic type.
type ptrCode int

func (c *ptrCode) Int() int { return int(*c) }

type gcode[T ~int] struct{ v T }

func (g gcode[T]) Int() int { return int(g.v) }

// Framework-free error values returned by a named result.
func named() (status int) {
	status = http.StatusOK
	return
}

func useNamed(w http.ResponseWriter) { w.WriteHeader(named()) }
