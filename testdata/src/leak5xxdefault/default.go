// Package leak5xxdefault is checked with the embedded default catalog.
package leak5xxdefault

import (
	"encoding/json"
	"net/http"
)

func get(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w).Encode(map[string]string{"error": "try later"}) // want `503 Service Unavailable body \{error\} is not the 5xx body the default catalog documents: \{message, report\}`
	json.NewEncoder(w).Encode(map[string]string{"message": "Service Unavailable", "report": "r-7"})
}
