package summary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// WithoutTables returns files with their literal tables left out: the
// package-level variables whose every value is an array or slice literal
// of basic literals only (var dict = []byte{0x74, 0x69, …}, var hash =
// [32768]uint16{…}). A file that has none is returned as it is; one that
// has some is a shallow copy whose Decls (and, where a declaration has
// other specs too, that declaration's Specs) leave them out. The nodes
// themselves are the package's, so TypesInfo keeps describing them.
//
// The inspector the passes share is built over these files. Nothing in a
// literal table can matter to a pass: its elements are constants in no
// struct field, call or assignment, and package variables are not
// followed through (constval reads locals only, and summary's lookups of
// package variables are of map literals). A table of struct literals
// stays: its fields may carry a status to a sink. Such tables are where a
// package's syntax is largest (a compression dictionary, a Unicode or CRC
// table), and walking them is most of what the summary costs there.
//
// Passes that walk pass.Files themselves see every declaration, tables
// included.
func WithoutTables(files []*ast.File) []*ast.File {
	return without(files, isTableSpec)
}

// withoutInert returns pass.Files without their literal tables
// (WithoutTables) and without their tables of inert structs: array or
// slice literals of literals of a struct type of the package whose
// fields are basic literals (var dict = [31705]dictWord{{4, 0, 3}, …}),
// where the type declares no method and its fields are unexported and
// not embedded. No pass reads such a table but to follow a field that
// reaches a sink: encoding/json sees no field of it, and the package's
// own code is the only code that can read its fields. So the summary
// reads the package without them, and again with them if one of their
// fields turns out to reach a sink (carriesAny); elems are their types.
func withoutInert(pass *analysis.Pass) (files []*ast.File, elems []*types.Named) {
	seen := make(map[*types.Named]bool)
	files = without(pass.Files, func(s *ast.ValueSpec) bool {
		if isTableSpec(s) {
			return true
		}
		var found []*types.Named
		if !everyValue(s, func(v ast.Expr) bool {
			n := inertTable(pass, v)
			found = append(found, n)
			return n != nil
		}) {
			return false
		}
		for _, n := range found {
			if !seen[n] {
				seen[n] = true
				elems = append(elems, n)
			}
		}
		return true
	})
	return files, elems
}

// inertTable returns the element type of v if v is a table of inert
// structs, else nil.
func inertTable(pass *analysis.Pass, v ast.Expr) *types.Named {
	lit, ok := v.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	t, ok := lit.Type.(*ast.ArrayType)
	if !ok || !plainType(t) {
		return nil
	}
	elem, ok := types.Unalias(pass.TypesInfo.TypeOf(t.Elt)).(*types.Named)
	if !ok || !inert(pass.Pkg, elem) {
		return nil
	}
	for _, e := range lit.Elts {
		e, ok := e.(*ast.CompositeLit)
		if !ok {
			return nil
		}
		if e.Type != nil {
			// dictWord{…}, written out: only the element type's own name
			id, ok := e.Type.(*ast.Ident)
			if !ok || pass.TypesInfo.Uses[id] != elem.Obj() {
				return nil
			}
		}
		for _, f := range e.Elts {
			if kv, ok := f.(*ast.KeyValueExpr); ok {
				if _, ok := kv.Key.(*ast.Ident); !ok {
					return nil
				}
				f = kv.Value
			}
			if !isBasic(f) {
				return nil
			}
		}
	}
	return elem
}

// inert reports whether n is a struct type of pkg, not generic, that
// declares no method and whose fields are all unexported and none
// embedded.
func inert(pkg *types.Package, n *types.Named) bool {
	if n.Obj().Pkg() != pkg || n.TypeParams().Len() > 0 || n.NumMethods() > 0 {
		return false
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok || s.NumFields() == 0 {
		return false
	}
	for f := range s.Fields() {
		if f.Exported() || f.Embedded() {
			return false
		}
	}
	return true
}

// carriesAny reports whether a field of one of elems reaches a sink, or
// is a sink's field.
func (st *state) carriesAny(elems []*types.Named) bool {
	for _, n := range elems {
		for f := range n.Underlying().(*types.Struct).Fields() {
			if st.carriers[f] != nil {
				return true
			}
			if _, ok := st.matcher.Field(f); ok {
				return true
			}
		}
	}
	return false
}

// LiteralsOnly reports whether the elements of lit are basic literals
// only, or composite literals of them, keyed at most by a name or a
// literal: no function literal, call or variable is among them (its
// types are not looked at).
func LiteralsOnly(lit *ast.CompositeLit) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			switch kv.Key.(type) {
			case *ast.Ident, *ast.BasicLit:
			default:
				return false
			}
			e = kv.Value
		}
		if c, ok := e.(*ast.CompositeLit); ok {
			if !LiteralsOnly(c) {
				return false
			}
		} else if !isBasic(e) {
			return false
		}
	}
	return true
}

// isBasic reports whether e is a basic literal, with a sign at most.
func isBasic(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.UnaryExpr:
		_, ok := e.X.(*ast.BasicLit)
		return ok && (e.Op == token.SUB || e.Op == token.ADD)
	}
	return false
}

// without returns files without the package-level var specs for which
// drop is true.
func without(files []*ast.File, drop func(*ast.ValueSpec) bool) []*ast.File {
	var out []*ast.File
	for i, f := range files {
		decls, changed := withoutSpecs(f.Decls, drop)
		if !changed {
			if out != nil {
				out = append(out, f)
			}
			continue // nothing left out
		}
		if out == nil {
			out = append(make([]*ast.File, 0, len(files)), files[:i]...)
		}
		cp := *f
		cp.Decls = decls
		out = append(out, &cp)
	}
	if out == nil {
		return files
	}
	return out
}

// withoutSpecs returns decls without the var specs for which drop is
// true, and whether there were any.
func withoutSpecs(decls []ast.Decl, drop func(*ast.ValueSpec) bool) ([]ast.Decl, bool) {
	var out []ast.Decl
	changed := false
	for i, d := range decls {
		gd, ok := d.(*ast.GenDecl)
		keep := d
		if ok && gd.Tok == token.VAR {
			var specs []ast.Spec
			for _, s := range gd.Specs {
				if !drop(s.(*ast.ValueSpec)) {
					specs = append(specs, s)
				}
			}
			switch {
			case len(specs) == len(gd.Specs):
				// no table
			case len(specs) == 0:
				keep = nil
			default:
				cp := *gd
				cp.Specs = specs
				keep = &cp
			}
		}
		if keep != d && !changed {
			changed = true
			out = append(make([]ast.Decl, 0, len(decls)), decls[:i]...)
		}
		if changed && keep != nil {
			out = append(out, keep)
		}
	}
	return out, changed
}

// isTableSpec reports whether every name of s has a value and every value
// is a literal table.
func isTableSpec(s *ast.ValueSpec) bool {
	return everyValue(s, func(v ast.Expr) bool {
		lit, ok := v.(*ast.CompositeLit)
		return ok && isLiteralTable(lit)
	})
}

// everyValue reports whether every name of s has a value and ok holds of
// every value.
func everyValue(s *ast.ValueSpec, ok func(ast.Expr) bool) bool {
	if len(s.Values) == 0 || len(s.Values) != len(s.Names) {
		return false
	}
	for _, v := range s.Values {
		if !ok(v) {
			return false
		}
	}
	return true
}

// isLiteralTable reports whether lit is an array or slice literal, its
// type written out as one, whose every element is a basic literal (with a
// sign at most) or, where the element type is written as an array or
// slice type too, a literal table of it with its type elided ([][]byte{{1, 2}, {3}}). Keys are
// not allowed: an indexed array ([...]string{404: "x"}) is left to the
// passes, as is any literal of a named type.
func isLiteralTable(lit *ast.CompositeLit) bool {
	t, ok := lit.Type.(*ast.ArrayType)
	return ok && plainType(t) && isTable(t, lit)
}

// plainType reports whether the type expression t names a type, or is an
// array or slice of one, with a length that is a literal or a constant's
// name: no expression in it that a pass could look at (len(x) would be a
// use of x).
func plainType(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		_, ok := t.X.(*ast.Ident)
		return ok
	case *ast.ArrayType:
		switch t.Len.(type) {
		case nil, *ast.Ellipsis, *ast.BasicLit, *ast.Ident:
		default:
			return false
		}
		return plainType(t.Elt)
	}
	return false
}

func isTable(t *ast.ArrayType, lit *ast.CompositeLit) bool {
	for _, e := range lit.Elts {
		switch e := e.(type) {
		case *ast.BasicLit, *ast.UnaryExpr:
			if !isBasic(e) {
				return false
			}
		case *ast.CompositeLit:
			elt, ok := t.Elt.(*ast.ArrayType)
			if !ok || e.Type != nil {
				return false // an element of a struct type, or typed apart
			}
			if !isTable(elt, e) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
