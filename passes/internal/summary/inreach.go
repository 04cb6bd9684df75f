package summary

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// InReach is the package fact of a package the summary analyzer read
// because a sink package is in its reach: it is one, imports one, or
// imports a package with this fact. The passes skip a package in reach of
// no sink package.
//
// Reach follows the facts, not the whole import graph. Under go vet the
// standard library's packages other than net/http are read for no facts
// (the sink table models their writers), so they get no InReach: a
// package that reaches net/http only through them (ugorji's codec, by way
// of net/rpc) calls nothing a fact describes and is skipped. Where the
// standard library is read as any code is (the standalone command, gopls,
// a test), its packages carry the fact and the reach through them counts,
// as do their facts.
type InReach struct{}

// AFact marks InReach as an analysis fact.
func (*InReach) AFact() {}

// String prints the fact as in-reach.
func (*InReach) String() string { return "in-reach" }

// Reaches reports whether a package that imports imports has a sink
// package in reach: one of them is a sink package, or has the fact that
// has reports (InReach, or a pass's own). It looks at the direct imports
// only, since the fact says the rest.
func Reaches(imports []*types.Package, sink func(path string) bool, has func(*types.Package) bool) bool {
	for _, imp := range imports {
		if sink(imp.Path()) || has(imp) {
			return true
		}
	}
	return false
}

// inReach reports whether the package of pass has a sink package in
// reach, by the InReach facts of its imports.
func inReach(pass *analysis.Pass, sink func(path string) bool) bool {
	if sink(pass.Pkg.Path()) {
		return true
	}
	return Reaches(pass.Pkg.Imports(), sink, func(p *types.Package) bool {
		return pass.ImportPackageFact(p, new(InReach))
	})
}
