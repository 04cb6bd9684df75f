package summary

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// touched is what the package refers to in other packages: whether one of
// its objects is in a sink package or carries one of this analyzer's flow
// facts, and else the objects (each once), for the passes' own facts.
type touched struct {
	objects []types.Object
	sinks   bool
}

// touch lists the objects of other packages that the package's files
// refer to. A package that refers to no object of a sink package and to
// no function, field or method that a fact says reaches a sink writes no
// response, so the passes skip the analyses whose facts are about
// responses there (Result.Touches): most of a large program's dependencies
// (a codec, a protobuf runtime, a client library) are such packages, and
// they are the bulk of what go vet analyses for facts.
func touch(pass *analysis.Pass, ix *sinks.Index) touched {
	seen := make(map[types.Object]bool)
	sinkPkg := make(map[*types.Package]bool)
	// A sink package's own code (net/http, a framework, a WebSocket
	// library) calls its own sinks.
	t := touched{sinks: ix.SinkPackage(pass.Pkg.Path())}
	if t.sinks {
		return t // Touches is true whatever the objects
	}
	for _, obj := range pass.TypesInfo.Uses {
		switch o := obj.(type) {
		case *types.Func:
			obj = o.Origin() // facts are on the generic function, not an instance
		case *types.Var:
			obj = o.Origin()
		}
		pkg := obj.Pkg()
		if pkg == nil || pkg == pass.Pkg || seen[obj] {
			continue // the universe's, the package's own, or seen
		}
		seen[obj] = true
		t.objects = append(t.objects, obj)
		is, ok := sinkPkg[pkg]
		if !ok {
			is = ix.SinkPackage(pkg.Path())
			sinkPkg[pkg] = is
		}
		if is || pass.ImportObjectFact(obj, new(Sinks)) ||
			pass.ImportObjectFact(obj, new(FieldSinks)) || pass.ImportObjectFact(obj, new(ErrorReturns)) {
			// Touches is true whatever the rest: the objects are only for
			// the passes' own facts, asked when this is false.
			return touched{sinks: true}
		}
	}
	return t
}

// Touches reports whether the package refers to an object of a sink
// package, to an object with a summary fact that reaches a sink, or to an
// object for which has (a pass's own fact, looked up with
// pass.ImportObjectFact; generic objects come as their origin) reports true. When it is false, nothing in the
// package writes a response, directly or through a helper that a fact
// describes.
func (r *Result) Touches(has func(types.Object) bool) bool {
	if r.touched.sinks {
		return true
	}
	if has != nil {
		for _, obj := range r.touched.objects {
			if has(obj) {
				return true
			}
		}
	}
	return false
}
