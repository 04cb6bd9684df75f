// Package chi holds leak5xx's chi render cases.
package chi

import (
	"net/http"

	"github.com/go-chi/render"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func get(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find(r.URL.Path)
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"message": err.Error(), "report": "r"}) // want `error text sent in a 500 Internal Server Error body`
		render.PlainText(w, r, err.Error())                                // want `error text sent in a 500 Internal Server Error body`
		return
	}
}

func stacks(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			render.Status(r, http.StatusInternalServerError)
			render.JSON(w, r, render.M{"message": v, "report": "r"}) // want `recovered panic value sent in a response body`
		}
	}()
}

func quiet(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find(r.URL.Path)
	if err != nil {
		render.Status(r, http.StatusUnprocessableEntity)
		render.JSON(w, r, render.M{"error": err.Error()}) // a 4xx: the client's to read
		return
	}
	render.JSON(w, r, render.M{"ok": true})
}
