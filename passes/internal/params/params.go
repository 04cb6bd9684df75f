// Package params maps the parameters of a package's functions to the
// function and position that declare them. The summary analyzers use it to
// turn "this value reaches a sink" into "this parameter of that helper
// does", which is what their facts record.
package params

import (
	"go/ast"
	"go/types"
)

// Owner is the function that declares a parameter, and the parameter's
// index (receiver excluded).
type Owner struct {
	Fn    types.Object // a *types.Func, or the *types.Var of a function literal bound once to a local
	Index int
}

// Owners maps the parameters of a package's functions to their owners.
type Owners map[*types.Var]Owner

// Add records the parameters of fn, declared by ft. Unnamed parameters
// take their index but cannot be used, so they are not recorded.
func (o Owners) Add(info *types.Info, fn types.Object, ft *ast.FuncType) {
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, id := range field.Names {
			if v, ok := info.Defs[id].(*types.Var); ok {
				o[v] = Owner{fn, i}
			}
			i++
		}
	}
}

// Local returns callee, in its generic form, if it is a function or a
// function variable of pkg (a helper whose summary pkg computes), else nil.
func Local(pkg *types.Package, callee types.Object) types.Object {
	switch obj := callee.(type) {
	case *types.Func:
		if obj.Pkg() == pkg {
			return obj.Origin()
		}
	case *types.Var:
		if obj.Pkg() == pkg {
			return obj
		}
	}
	return nil
}
