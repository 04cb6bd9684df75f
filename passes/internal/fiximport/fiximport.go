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
// it is not "", to the file: into its first import declaration, in sorted
// place, or after the package clause when it has none.
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
		return insert(decl.End(), "\nimport "+spec)
	}
	for _, s := range decl.Specs {
		if importPath(s.(*ast.ImportSpec)) > path {
			return insert(s.Pos(), spec+"\n\t")
		}
	}
	if n := len(decl.Specs); n > 0 {
		return insert(decl.Specs[n-1].End(), "\n\t"+spec)
	}
	return insert(decl.Lparen+1, "\n\t"+spec+"\n")
}

func insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}
