// Package leak5xxnoshape is checked with a catalog that documents no 5xx
// body: any shape goes, error text still does not.
package leak5xxnoshape

import (
	"encoding/json"
	"net/http"
)

type repo interface {
	Find(id string) (string, error)
}

var users repo

func get(w http.ResponseWriter, r *http.Request) {
	_, err := users.Find(r.URL.Path)
	w.WriteHeader(500)
	json.NewEncoder(w).Encode(map[string]string{"error": "internal"})
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error text sent in a 500 Internal Server Error body`
}
