// Package nethttp holds leak5xx's net/http cases: every source into every
// net/http body sink, each with its labelled negatives.
package nethttp

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

type store interface {
	Load(id string) (string, error)
}

var db store

// ErrNotFound is a sentinel: its text is the program's own.
var ErrNotFound = errors.New("not found")

func errorText(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `error text sent in a 500 Internal Server Error body`
		return
	}
}

func formatted(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	http.Error(w, fmt.Sprintf("load: %v", err), 502)     // want `error text sent in a 502 Bad Gateway body`
	http.Error(w, fmt.Sprint(err), 503)                  // want `error text sent in a 503 Service Unavailable body`
	http.Error(w, "load: "+err.Error(), 500)             // want `error text sent in a 500 Internal Server Error body`
	http.Error(w, fmt.Errorf("x: %w", err).Error(), 500) // want `error text sent in a 500 Internal Server Error body`
	other := errors.New("other")
	http.Error(w, errors.Join(err, other).Error(), 500) // want `error text sent in a 500 Internal Server Error body`
}

func writeHeaderThenWrite(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte(err.Error())) // want `error text sent in a 500 Internal Server Error body`
		return
	}
	w.Write([]byte("ok"))
}

func writers(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	w.WriteHeader(500)
	io.WriteString(w, err.Error())                                     // want `error text sent in a 500 Internal Server Error body`
	fmt.Fprintf(w, "failed: %v", err)                                  // want `error text sent in a 500 Internal Server Error body`
	fmt.Fprintln(w, err)                                               // want `error text sent in a 500 Internal Server Error body`
	io.Copy(w, strings.NewReader(err.Error()))                         // want `error text sent in a 500 Internal Server Error body`
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error text sent in a 500 Internal Server Error body` `500 Internal Server Error body \{error\} is not the 5xx body docs/status-codes.md documents: \{message, report\}`
	enc := xml.NewEncoder(w)
	enc.Encode(struct{ Msg string }{err.Error()}) // want `error text sent in a 500 Internal Server Error body` `body \{Msg\} is not the 5xx body`
}

// builder: a strings.Builder and a bytes.Buffer carry what is written in.
func builder(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	var b strings.Builder
	b.WriteString("failed: ")
	b.WriteString(err.Error())
	http.Error(w, b.String(), 500) // want `error text sent in a 500 Internal Server Error body`
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "failed: %v", err)
	w.WriteHeader(500)
	w.Write(buf.Bytes()) // want `error text sent in a 500 Internal Server Error body`
}

type apiError struct {
	Message string `json:"message"`
	Report  string `json:"report"`
}

// fields: a detail stored in a struct field or a map entry, then encoded.
func fields(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	var body apiError
	body.Report = "r-1"
	body.Message = err.Error()
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(body) // want `error text sent in a 500 Internal Server Error body`
	m := map[string]string{"report": "r-2"}
	m["message"] = "failed: " + err.Error()
	json.NewEncoder(w).Encode(m) // want `error text sent in a 500 Internal Server Error body`
}

// branches: the detail reaches the sink on one path only.
func branches(w http.ResponseWriter, r *http.Request, verbose bool) {
	_, err := db.Load(r.URL.Path)
	msg := "internal error"
	if verbose {
		msg = err.Error()
	}
	http.Error(w, msg, 500) // want `error text sent in a 500 Internal Server Error body`
}

// reassigned: the detail is overwritten before it is sent: quiet.
func reassigned(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	msg := err.Error()
	log.Print(msg)
	msg = "internal error"
	http.Error(w, msg, 500)
}

// Quiet cases.

func statusText(w http.ResponseWriter, r *http.Request) {
	if _, err := db.Load(r.URL.Path); err != nil {
		log.Printf("load: %v", err) // logging is not a sink
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
	}
}

func constantMessage(w http.ResponseWriter, r *http.Request) {
	if _, err := db.Load(r.URL.Path); err != nil {
		log.Println(err)
		http.Error(w, "internal error", 500)
	}
}

// sanitised: the message is a constant chosen by errors.Is.
func sanitised(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	msg := "internal error"
	if errors.Is(err, ErrNotFound) {
		msg = "no such thing"
	}
	http.Error(w, msg, 500)
	http.Error(w, ErrNotFound.Error(), 500) // a sentinel's text is the program's own
}

// documented: the documented shape with a generated report id.
func documented(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	id := newReport()
	log.Printf("report %s: %v", id, err)
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(apiError{Message: "Internal Server Error", Report: id})
}

func newReport() string { return "r-42" }

// clientError: error text in a 4xx body is meant for the client.
func clientError(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		w.WriteHeader(422)
		fmt.Fprintf(w, "bad input: %v", err)
		return
	}
}

// unknownStatus: a status the pass cannot compute is not a 5xx.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	_, err := db.Load(r.URL.Path)
	fmt.Fprint(w, err)
}

// errorValueEncoded: an error value encodes as {} and shows nothing.
func errorValueEncoded(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	w.WriteHeader(500)
	json.NewEncoder(w).Encode(apiError{Message: "Internal Server Error", Report: "r"})
	json.NewEncoder(&bytes.Buffer{}).Encode(map[string]any{"error": err})
}

// notAWriter: Fprint to a file or a buffer never sent is not a body.
func notAWriter(w http.ResponseWriter, r *http.Request, out io.Writer) {
	_, err := db.Load(r.URL.Path)
	w.WriteHeader(500)
	fmt.Fprintf(out, "failed: %v", err)
	var b strings.Builder
	b.WriteString(err.Error())
	log.Print(b.String())
}

// otherBranch: the 500 is set on another path than the write.
func otherBranch(w http.ResponseWriter, r *http.Request, bad bool) {
	_, err := db.Load(r.URL.Path)
	if bad {
		w.WriteHeader(500)
		return
	}
	w.WriteHeader(400)
	fmt.Fprint(w, err)
}

// proxyErrors: a callback's error comes from its unknown caller (here
// httputil.ReverseProxy's ErrorHandler, the dial error to a backend).
var proxyErrors = func(w http.ResponseWriter, r *http.Request, err error) {
	http.Error(w, "upstream: "+err.Error(), http.StatusBadGateway) // want `error text sent in a 502 Bad Gateway body`
}

// statusLocal: the status is a local that holds 500 on every path that
// reaches the sink (the path that changes it returns).
func statusLocal(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	code := http.StatusInternalServerError
	if errors.Is(err, ErrNotFound) {
		code = http.StatusNotFound
		http.Error(w, err.Error(), code)
		return
	}
	http.Error(w, err.Error(), code) // want `error text sent in a 500 Internal Server Error body`
}

// statusLocalJoined: 500 on one path, 400 on the other: not known.
func statusLocalJoined(w http.ResponseWriter, r *http.Request) {
	_, err := db.Load(r.URL.Path)
	code := 500
	if errors.Is(err, ErrNotFound) {
		code = 400
	}
	http.Error(w, err.Error(), code)
}
