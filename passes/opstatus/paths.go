package opstatus

import (
	"slices"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// segments splits a path into the segments routes and documents compare:
// a parameter of any router's syntax (":id", "{id}", "{id:[0-9]+}") is
// "{}", a wildcard ("*", "*path", "{path...}", "{*}") is "*". ServeMux's
// "{$}" (the path's end) and a trailing slash are dropped.
func segments(path string) []string {
	path = strings.TrimSuffix(strings.TrimSuffix(path, "{$}"), "/")
	if path == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(path, "/"), "/")
	for i, p := range parts {
		switch {
		case p == "*" || strings.HasPrefix(p, "*") || strings.HasSuffix(p, "...}") || p == "{*}":
			parts[i] = "*"
		case strings.HasPrefix(p, ":") || strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}"):
			parts[i] = "{}"
		}
	}
	return parts
}

// matchSegments reports whether a route's segments match a document's
// template: equal, parameters for parameters; a route's final wildcard
// matches the rest of the template.
func matchSegments(route, doc []string) bool {
	for i, r := range route {
		if r == "*" && i == len(route)-1 {
			return len(doc) >= i
		}
		if i >= len(doc) || r != doc[i] && !(doc[i] == "*" && r == "{}") {
			return false
		}
	}
	return len(route) == len(doc)
}

// matches reports whether a route of method (or any method, "") and path
// serves the operation: the path, with or without the document's base
// path before it, matches the template.
func matches(method, path string, op catalog.Operation) bool {
	if method != "" && method != op.Method {
		return false
	}
	route := segments(path)
	doc := segments(op.Path)
	if matchSegments(route, doc) {
		return true
	}
	if base := segments(op.Base); len(base) > 0 && len(route) >= len(base) && matchSegments(route[:len(base)], base) {
		return matchSegments(route[len(base):], doc)
	}
	return false
}

// join joins a router's prefix and a path registered under it.
func join(prefix, path string) string {
	if prefix == "" {
		return path
	}
	if path == "" || path == "/" {
		return prefix
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(path, "/")
}

// splitPattern splits a ServeMux pattern "GET /users/{id}" (or
// "GET host/path") into its method and path; a pattern without a method
// serves any.
func splitPattern(p string) (method, path string) {
	if m, rest, ok := strings.Cut(p, " "); ok && m != "" && strings.ToUpper(m) == m && !strings.Contains(m, "/") {
		p = strings.TrimLeft(rest, " \t")
		method = m
	}
	if i := strings.Index(p, "/"); i > 0 {
		p = p[i:] // a host before the path
	}
	return method, p
}

// httpMethod returns the HTTP method a registration's name says
// (GET, Get), or "" for any method (Handle, HandleFunc, Any, All).
func httpMethod(name string) string {
	switch m := strings.ToUpper(name); m {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE":
		return m
	}
	return ""
}

// An opIndex finds the operations a route serves without comparing the
// route with every operation: by the key of the path's segments, with and
// without the document's base path. Routes with a wildcard are compared
// with every operation.
type opIndex struct {
	ops    []catalog.Operation
	byKey  map[string][]int // segments joined, of the path and of base+path
	starry []int            // operations whose template has a wildcard
}

func newOpIndex(ops []catalog.Operation) *opIndex {
	ix := &opIndex{ops: ops, byKey: map[string][]int{}}
	for i, op := range ops {
		doc := segments(op.Path)
		if slices.Contains(doc, "*") {
			ix.starry = append(ix.starry, i)
			continue
		}
		ix.byKey[strings.Join(doc, "/")] = append(ix.byKey[strings.Join(doc, "/")], i)
		if base := segments(op.Base); len(base) > 0 {
			k := strings.Join(append(base, doc...), "/")
			ix.byKey[k] = append(ix.byKey[k], i)
		}
	}
	return ix
}

// serves returns the operations a route of method and path serves, in
// the catalog's order.
func (ix *opIndex) serves(method, path string) []catalog.Operation {
	route := segments(path)
	var cand []int
	if slices.Contains(route, "*") {
		cand = make([]int, len(ix.ops))
		for i := range cand {
			cand[i] = i
		}
	} else {
		cand = append(slices.Clone(ix.byKey[strings.Join(route, "/")]), ix.starry...)
		slices.Sort(cand)
		cand = slices.Compact(cand)
	}
	var out []catalog.Operation
	for _, i := range cand {
		if matches(method, path, ix.ops[i]) {
			out = append(out, ix.ops[i])
		}
	}
	return out
}
