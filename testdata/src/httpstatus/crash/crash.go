// Package crash is code httpstatus must survive: type errors, generics,
// method values, tuples, variadic slices and odd syntax.
package crash

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

type Writer[T any] struct {
	http.ResponseWriter
	v T
}

func (w *Writer[T]) Send(code int) { w.WriteHeader(code) }

func generic[W http.ResponseWriter](w W, code int) {
	w.WriteHeader(code)
	w.WriteHeader(200) // want `raw status 200 OK: use http.StatusOK`
}

func two() (int, int) { return 200, 201 }

func odd(w http.ResponseWriter, c *fiber.Ctx, resp *http.Response, codes []int) {
	gw := &Writer[string]{ResponseWriter: w}
	gw.Send(404)    // want `raw status 404 Not Found: use http.StatusNotFound`
	generic(w, 404) // want `raw status 404 Not Found: use http.StatusNotFound`
	write := w.WriteHeader
	write(404)               // a method value: not followed
	w.WriteHeader(undefined) // a type error
	w.WriteHeader(notDeclared(404))
	_ = c.Redirect("/", codes...)
	var fn func(int)
	fn(404)
	http.Error(w, "x", two()) // a type error: too few arguments
	switch resp.StatusCode {
	default:
	}
	switch x := resp.StatusCode; x {
	case 200:
	}
	if resp.StatusCode == 1<<62 { // want `4611686018427387904 is not an HTTP status`
		return
	}
	w.WriteHeader(int(uint8(404))) // a constant overflow: a type error
	_ = http.Response{200}         // a type error: too few values
	_ = http.Response{StatusCode: "x"}
	var s struct{ http.Response }
	s.StatusCode = 404 // want `raw status 404 Not Found: use http.StatusNotFound`
	(func() {})()
	_ = (*Writer[int]).Send
	(*Writer[int]).Send(nil, 404) // want `raw status 404 Not Found: use http.StatusNotFound`
}
