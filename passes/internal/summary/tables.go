package summary

import (
	"go/ast"
	"go/token"
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
	var out []*ast.File
	for i, f := range files {
		decls, changed := withoutTables(f.Decls)
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

// withoutTables returns decls without the literal tables, and whether
// there were any.
func withoutTables(decls []ast.Decl) ([]ast.Decl, bool) {
	var out []ast.Decl
	changed := false
	for i, d := range decls {
		gd, ok := d.(*ast.GenDecl)
		keep := d
		if ok && gd.Tok == token.VAR {
			var specs []ast.Spec
			for _, s := range gd.Specs {
				if !isTableSpec(s.(*ast.ValueSpec)) {
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
	if len(s.Values) == 0 || len(s.Values) != len(s.Names) {
		return false
	}
	for _, v := range s.Values {
		lit, ok := v.(*ast.CompositeLit)
		if !ok || !IsLiteralTable(lit) {
			return false
		}
	}
	return true
}

// IsLiteralTable reports whether lit is an array or slice literal, its
// type written out as one, whose every element is a basic literal (with a
// sign at most) or, where the element type is written as an array or
// slice type too, a literal table of it with its type elided ([][]byte{{1, 2}, {3}}). Keys are
// not allowed: an indexed array ([...]string{404: "x"}) is left to the
// passes, as is any literal of a named type.
func IsLiteralTable(lit *ast.CompositeLit) bool {
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
		case *ast.BasicLit:
		case *ast.UnaryExpr:
			if _, ok := e.X.(*ast.BasicLit); !ok || (e.Op != token.SUB && e.Op != token.ADD) {
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
