package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/opstatus"
)

// routeNotes gathers the routes opstatus found in the root packages. With
// -routes it prints them to stdout, one a line: where the route is
// registered, its method and path, its handler, and the operations it
// serves. It then says once per run, as notes on stderr, which documented
// operation no route serves and which route serves no documented
// operation; only when some route serves an operation, so that a module
// whose routes are built at run time (none found) or a catalog without
// operations gives no notes.
func routeNotes(graph *checker.Graph, print bool, stdout, stderr io.Writer, wd string) {
	type row struct {
		pos string
		r   opstatus.Route
	}
	var rows []row
	var ops []catalog.Operation
	for _, act := range graph.Roots {
		res, ok := act.Result.(*opstatus.Result)
		if !ok || act.Analyzer.Name != "opstatus" {
			continue // another pass, or a failed run
		}
		for _, r := range res.Routes {
			rows = append(rows, row{relPos(act.Package.Fset.Position(r.Pos).String(), wd), r})
		}
		for _, op := range res.Operations {
			if !slices.ContainsFunc(ops, func(o catalog.Operation) bool { return o.Name() == op.Name() }) {
				ops = append(ops, op)
			}
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.pos, b.pos) })
	rows = slices.CompactFunc(rows, func(a, b row) bool { return a.pos == b.pos && a.r.Method == b.r.Method && a.r.Path == b.r.Path })
	served := map[string]bool{}
	for _, r := range rows {
		for _, op := range r.r.Operations {
			served[op] = true
		}
	}
	if print {
		for _, r := range rows {
			method := r.r.Method
			if method == "" {
				method = "*"
			}
			serves := "no documented operation"
			if len(r.r.Operations) > 0 {
				serves = strings.Join(r.r.Operations, ", ")
			}
			if r.r.Swag {
				serves += " (its swag comment documents it)"
			}
			fmt.Fprintf(stdout, "%s: %s %s → %s: %s\n", r.pos, method, r.r.Path, r.r.Handler, serves)
		}
	}
	if len(served) == 0 {
		return // no route maps to the document: nothing to say about the rest
	}
	for _, op := range ops {
		if !served[op.Name()] {
			fmt.Fprintf(stderr, "%s: note: %s (%s) has no handler among the routes found\n", progname, op.Name(), op.Pos)
		}
	}
	for _, r := range rows {
		if len(r.r.Operations) == 0 && !r.r.Swag {
			fmt.Fprintf(stderr, "%s: note: %s: %s %s (%s) serves no documented operation\n", progname, r.pos, strings.TrimSpace(r.r.Method), r.r.Path, r.r.Handler)
		}
	}
}
