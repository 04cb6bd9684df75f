// Package fiximport builds the edits of a fix that names a member of
// another package: it finds the name under which the file already imports
// the package (aliases included), or adds the import, and makes sure the
// name is not shadowed where the fix puts it. It also chooses the named
// constant for an HTTP status (StatusConst).
package fiximport

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A File is one file of the package a pass analyzes.
type File struct {
	File *ast.File
	Info *types.Info
	Pkg  *types.Package
	// Consts is the run's index of constants by value; with nil, each
	// look-up reads the scopes anew.
	Consts *Consts
	// Fset locates the file's lines, so that an added import goes into
	// the right group of an import block (standard library first, as
	// goimports groups them); with nil, a block is one group.
	Fset *token.FileSet
}

// Ref returns the text that refers, at pos, to the package-level member
// of the package path (whose package name is pkgName), and the edits that
// add the import the text needs. It uses the name the file already
// imports the package under; where the file does not import it, it adds an
// import under pkgName or, if pkgName is taken at pos, under a fresh alias.
// It reports false when no name works: the file's own name for the package
// is shadowed at pos.
func (f File) Ref(pos token.Pos, path, pkgName, member string) (string, []analysis.TextEdit, bool) {
	scope := f.scopeAt(pos)
	if path == f.Pkg.Path() {
		// A member of the package itself: unqualified, unless shadowed.
		if _, obj := scope.LookupParent(member, pos); obj == nil || obj != f.Pkg.Scope().Lookup(member) {
			return "", nil, false
		}
		return member, nil, true
	}
	for _, spec := range f.File.Imports {
		if importPath(spec) != path {
			continue
		}
		pn := f.Info.PkgNameOf(spec)
		if pn == nil || pn.Name() == "_" {
			continue // a blank import gives no name
		}
		if pn.Name() == "." {
			obj := pn.Imported().Scope().Lookup(member)
			if _, found := scope.LookupParent(member, pos); obj != nil && found == obj {
				return member, nil, true
			}
			continue
		}
		if _, found := scope.LookupParent(pn.Name(), pos); found != pn {
			return "", nil, false // the file's name for the package is shadowed here
		}
		return pn.Name() + "." + member, nil, true
	}
	name, ok := f.freeName(scope, pos, path, pkgName)
	if !ok {
		return "", nil, false
	}
	alias := ""
	if name != pkgName {
		alias = name
	}
	return name + "." + member, []analysis.TextEdit{f.AddImport(alias, path)}, true
}

// scopeAt returns the innermost scope at pos, or the package scope.
func (f File) scopeAt(pos token.Pos) *types.Scope {
	if s := f.Pkg.Scope().Innermost(pos); s != nil {
		return s
	}
	return f.Pkg.Scope()
}

// freeName returns a name for a new import of path that nothing in scope
// at pos, in the file or in the package already means.
func (f File) freeName(scope *types.Scope, pos token.Pos, path, pkgName string) (string, bool) {
	candidates := []string{pkgName}
	if parts := strings.Split(path, "/"); len(parts) >= 2 {
		candidates = append(candidates, identifier(parts[len(parts)-2])+pkgName)
	}
	for i := 2; i <= 9; i++ {
		candidates = append(candidates, fmt.Sprintf("%s%d", pkgName, i))
	}
	for _, name := range candidates {
		if !token.IsIdentifier(name) || types.Universe.Lookup(name) != nil {
			continue // a keyword, or a predeclared name it would shadow
		}
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			continue // in use at pos: a local, a package member, an import of the file
		}
		return name, true
	}
	return "", false
}

// identifier keeps the letters and digits of s.
func identifier(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func importPath(spec *ast.ImportSpec) string {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return p
}

// AddImport returns the edit that adds the import of path, under alias if
// it is not "", to the file, as goimports would place it: into the file's
// first import declaration, in sorted place within its group of the
// standard library (for a standard path) or of the other packages, a new
// group when the block has none of its kind; a single-line import becomes
// a parenthesised block of both; a file with no import gets one after its
// package clause.
func (f File) AddImport(alias, path string) analysis.TextEdit {
	spec := strconv.Quote(path)
	if alias != "" {
		spec = alias + " " + spec
	}
	var decl *ast.GenDecl
	for _, d := range f.File.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	switch {
	case decl == nil:
		return insert(f.File.Name.End(), "\n\nimport "+spec)
	case !decl.Lparen.IsValid():
		old := decl.Specs[0].(*ast.ImportSpec)
		first, second := specText(old), spec
		sep := "\n\t"
		switch std, oldStd := Standard(path), Standard(importPath(old)); {
		case std != oldStd:
			sep = "\n\n\t" // the standard library's group, then the others'
			if std {
				first, second = second, first
			}
		case path < importPath(old):
			first, second = second, first
		}
		return analysis.TextEdit{Pos: decl.Pos(), End: old.End(), NewText: []byte("import (\n\t" + first + sep + second + "\n)")}
	case len(decl.Specs) == 0:
		return insert(decl.Lparen+1, "\n\t"+spec+"\n")
	}
	groups := f.groups(decl)
	std := Standard(path)
	var group []*ast.ImportSpec
	for _, g := range groups {
		if hasKind(g, std) {
			group = g
			if std {
				break // the first group of the standard library
			}
			// the last group of other packages
		}
	}
	if group == nil {
		if std {
			return insert(groups[0][0].Pos(), spec+"\n\n\t") // a new first group
		}
		last := groups[len(groups)-1]
		return insert(last[len(last)-1].End(), "\n\n\t"+spec) // a new last group
	}
	for _, s := range group {
		if path < importPath(s) {
			return insert(s.Pos(), spec+"\n\t")
		}
	}
	return insert(group[len(group)-1].End(), "\n\t"+spec)
}

// Standard reports whether path is a standard library package's: its
// first element has no dot, as goimports decides.
func Standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// hasKind reports whether the group holds a standard library import
// (std) or another package's (!std).
func hasKind(group []*ast.ImportSpec, std bool) bool {
	for _, s := range group {
		if Standard(importPath(s)) == std {
			return true
		}
	}
	return false
}

// groups splits the specs of an import block where a blank line (or a
// line of comment) separates them; without Fset, the block is one group.
func (f File) groups(decl *ast.GenDecl) [][]*ast.ImportSpec {
	var groups [][]*ast.ImportSpec
	var cur []*ast.ImportSpec
	lastLine := -1
	for _, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		if f.Fset != nil {
			start := is.Pos()
			if is.Doc != nil {
				start = is.Doc.Pos()
			}
			line := f.Fset.Position(start).Line
			if lastLine >= 0 && line > lastLine+1 && len(cur) > 0 {
				groups = append(groups, cur)
				cur = nil
			}
			lastLine = f.Fset.Position(is.End()).Line
		}
		cur = append(cur, is)
	}
	return append(groups, cur)
}

// specText returns an import spec as Go source: its name, if any, and
// its quoted path.
func specText(s *ast.ImportSpec) string {
	if s.Name != nil {
		return s.Name.Name + " " + s.Path.Value
	}
	return s.Path.Value
}

func insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}
