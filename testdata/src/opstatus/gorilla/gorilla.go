// Package gorilla registers handlers with gorilla/mux under a subrouter.
package gorilla

import (
	"net/http"

	"github.com/gorilla/mux"
)

func routes() *mux.Router {
	r := mux.NewRouter()
	api := r.PathPrefix("/api/v1").Subrouter()
	api.HandleFunc("/orders/{orderID:[0-9]+}", getOrder).Methods("GET")
	api.HandleFunc("/orders/{orderID}", replaceOrder).Methods(http.MethodPut)
	r.HandleFunc("/orders", placeOrder).Methods("POST") // the document's path without its base path
	return r
}

func getOrder(w http.ResponseWriter, r *http.Request) { // want getOrder:`answers\(410\)`
	w.WriteHeader(http.StatusGone) // want `status 410 Gone is not documented for GET /orders/\{orderID\} in .*orders\.json:7 \(documented: 200 and 404\)`
}

func replaceOrder(w http.ResponseWriter, r *http.Request) { // want replaceOrder:`answers\(409\)`
	w.WriteHeader(http.StatusConflict)
}

// placeOrder answers 409, which PUT documents and POST does not.
func placeOrder(w http.ResponseWriter, r *http.Request) { // want placeOrder:`answers\(409\)`
	w.WriteHeader(http.StatusConflict) // want `status 409 Conflict is not documented for POST /orders in .*orders\.json:24 \(documented: 201 and 400\)`
}
