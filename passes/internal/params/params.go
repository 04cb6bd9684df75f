// Package params maps the parameters of a package's functions to the
// function and position that declare them. The summary analyzers use it to
// turn "this value reaches a sink" into "this parameter of that helper
// does", which is what their facts record.
package params

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
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

// Receiver returns the named type whose method fn is (its origin's, for
// a method of a generic type), or nil for a function or an interface's
// method. The summary analyzers keep the facts of a type's methods on the
// type, one fact for all of them: facts of methods and types are copied
// into the facts of every package above theirs, and one fact a method
// made a generated package's hundreds of setters a cost paid again by
// every package that imports one of its importers.
func Receiver(fn *types.Func) *types.TypeName {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || types.IsInterface(named) {
		return nil
	}
	return named.Origin().Obj()
}

// SortMethods sorts names, a type's method names, and the summaries in
// sums that go with them, by name, for a binary search.
func SortMethods[S any](names []string, sums []S) {
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int { return strings.Compare(names[i], names[j]) })
	n, s := slices.Clone(names), slices.Clone(sums)
	for k, i := range idx {
		names[k], sums[k] = n[i], s[i]
	}
}
