// Command shop serves the shop's orders.
package main

import (
	"net/http"

	"example.com/shop/handlers"
)

func main() {
	http.HandleFunc("GET /orders", handlers.Get)
	http.HandleFunc("PUT /orders", handlers.Put)
	_ = http.ListenAndServe("localhost:8080", nil)
}
