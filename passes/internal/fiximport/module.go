package fiximport

import (
	"go/types"
	"iter"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ModulePath returns the path of the module of the package pass analyses,
// or "" when the driver does not say (ModulePackages then guesses).
func ModulePath(pass *analysis.Pass) string {
	if pass.Module != nil {
		return pass.Module.Path
	}
	return ""
}

// ModulePackages returns pkg and then, breadth first, every package of
// its module that it imports, directly or not: the packages whose
// constants a fix may name. module is the module's path; "" means pkg's
// first path element.
func ModulePackages(pkg *types.Package, module string) iter.Seq[*types.Package] {
	if module == "" {
		module, _, _ = strings.Cut(pkg.Path(), "/")
	}
	inModule := func(p *types.Package) bool {
		return p.Path() == module || strings.HasPrefix(p.Path(), module+"/")
	}
	return func(yield func(*types.Package) bool) {
		seen := map[*types.Package]bool{pkg: true}
		queue := []*types.Package{pkg}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if !yield(p) {
				return
			}
			for _, imp := range p.Imports() {
				if !seen[imp] && inModule(imp) {
					seen[imp] = true
					queue = append(queue, imp)
				}
			}
		}
	}
}
