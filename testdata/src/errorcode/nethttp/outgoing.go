package nethttp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// reportBuild posts the outcome of a build to another service: the objects
// it encodes are request bodies of that service's API, not responses.
func reportBuild(ctx context.Context, client *http.Client, url string) error {
	b, err := json.Marshal(map[string]any{"code": 10099, "message": "build failed"}) // right: sent to another API
	if err != nil {
		return err
	}
	if _, err := http.Post(url, "application/json", bytes.NewReader(b)); err != nil {
		return err
	}
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(APIError{Code: 10098, Message: "deploy failed"}) // right: sent to another API
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, &buf)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

// relay forwards a request and answers its own client with an error body.
func relay(w http.ResponseWriter, url string) {
	b, _ := json.Marshal(APIError{Code: 10097, Message: "upstream"}) // right: posted below
	if _, err := http.Post(url, "application/json", bytes.NewReader(b)); err != nil {
		w.WriteHeader(http.StatusNotFound)
		_ = json.NewEncoder(w).Encode(APIError{Code: 10096, Message: "relay failed"}) // want `error code 10096 is not documented`
	}
	kept, _ := json.Marshal(APIError{Code: 10095, Message: "kept"}) // want `error code 10095 is not documented`
	_, _ = w.Write(kept)
}
