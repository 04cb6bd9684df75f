package catalog

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// An Operation is one documented operation of an API (an OpenAPI
// document's method under one path), with the statuses it documents for
// itself. A catalog read from a page of status codes has none; its
// statuses are the API's as a whole.
type Operation struct {
	Method string `json:"method"` // upper case: "GET"
	// Path is the document's path template, as written: "/users/{id}".
	Path string `json:"path"`
	// ID is the document's operationId, or "".
	ID string `json:"operation_id,omitempty"`
	// Statuses are the statuses the operation documents by code, sorted.
	Statuses []int `json:"statuses"`
	// Ranges are the classes it documents by range ("4XX" is 4xx).
	Ranges []string `json:"ranges,omitempty"`
	// Default says that it documents a default response: any status.
	Default bool `json:"default,omitempty"`
	// Base is the path the document puts before every path (a server
	// URL's path, Swagger's basePath), or "".
	Base string `json:"base,omitempty"`
	// Pos is where the operation is written. It is not part of the schema.
	Pos Pos `json:"-"`
}

// Name names the operation for diagnostics: "GET /users/{id}".
func (o Operation) Name() string { return o.Method + " " + o.Path }

// Documents reports whether the operation documents the status, by its
// code, its class or a default response.
func (o Operation) Documents(status int) bool {
	if o.Default || slices.Contains(o.Statuses, status) {
		return true
	}
	class := fmt.Sprintf("%dxx", status/100)
	for _, r := range o.Ranges {
		if strings.EqualFold(r, class) {
			return true
		}
	}
	return false
}

// Documented lists what the operation documents, for messages:
// "200, 404, 5xx and default", or "no status".
func (o Operation) Documented() string {
	var parts []string
	for _, s := range o.Statuses {
		parts = append(parts, strconv.Itoa(s))
	}
	for _, r := range o.Ranges {
		parts = append(parts, strings.ToLower(r))
	}
	if o.Default {
		parts = append(parts, "default")
	}
	switch len(parts) {
	case 0:
		return "no status"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// HasOperations reports whether the catalog documents statuses per
// operation.
func (c *Catalog) HasOperations() bool { return len(c.Operations) > 0 }

// compareOperations orders operations by path, then method.
func compareOperations(a, b Operation) int {
	return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(methodOrder(a.Method), methodOrder(b.Method)))
}

// methodOrder sorts the common methods in the order documents write them.
func methodOrder(m string) string {
	if i := slices.Index([]string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}, m); i >= 0 {
		return string(rune('0' + i))
	}
	return m
}

// mergeOperations adds in's operations to out; an operation both list
// (same method and path) documents what either documents.
func mergeOperations(out, in []Operation) []Operation {
	for _, op := range in {
		i := slices.IndexFunc(out, func(o Operation) bool { return o.Method == op.Method && o.Path == op.Path })
		if i < 0 {
			out = append(out, op)
			continue
		}
		o := &out[i]
		o.Statuses = sortedUnion(o.Statuses, op.Statuses)
		o.Ranges = sortedUnion(o.Ranges, op.Ranges)
		o.Default = o.Default || op.Default
	}
	slices.SortStableFunc(out, compareOperations)
	return out
}

func sortedUnion[E cmp.Ordered](a, b []E) []E {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func cloneOperations(ops []Operation) []Operation {
	out := slices.Clone(ops)
	for i := range out {
		out[i].Statuses = slices.Clone(out[i].Statuses)
		out[i].Ranges = slices.Clone(out[i].Ranges)
	}
	return out
}
