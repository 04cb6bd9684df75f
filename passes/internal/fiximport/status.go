package fiximport

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// StatusConst returns the text of the named constant for the HTTP status
// code, for a fix that replaces, at pos, a literal of type target, with the
// edits that import the constant's package. It chooses, in order:
//
//   - the constant of a status library the file already imports (net/http,
//     fiber v2 and v3, fasthttp, hertz's consts, in the order of
//     sinks.StatusConsts);
//   - the net/http constant, adding the import;
//   - a constant declared in the module (module is its path; "" means the
//     packages sharing the first element of the package's path) whose name
//     starts with Status: in the package itself, else in the packages of
//     the module it imports, directly or not.
//
// It reports false when there is no such constant, or no name for it that
// is not shadowed at pos.
func (f File) StatusConst(pos token.Pos, code int64, target types.Type, module string) (string, []analysis.TextEdit, bool) {
	for _, lib := range sinks.StatusConsts {
		imported := f.imported(lib.Path)
		if imported == nil {
			continue // the file does not import it
		}
		name := netHTTPStatus[code]
		if lib.Path != "net/http" {
			name = f.constByValue(imported, code, target, name, false)
		}
		if name == "" {
			continue // no constant for this status there
		}
		if text, edits, ok := f.Ref(pos, lib.Path, lib.Name, name); ok {
			return text, edits, true
		}
	}
	if name := netHTTPStatus[code]; name != "" {
		return f.Ref(pos, "net/http", "http", name)
	}
	if pkg, name := f.moduleConst(code, target, module); pkg != nil {
		return f.Ref(pos, pkg.Path(), pkg.Name(), name)
	}
	return "", nil, false
}

// HasStatusConst reports whether StatusConst can name the status code
// from some package, ignoring where the fix would go.
func (f File) HasStatusConst(code int64, target types.Type, module string) bool {
	if netHTTPStatus[code] != "" {
		return true
	}
	for _, lib := range sinks.StatusConsts[1:] {
		if p := f.imported(lib.Path); p != nil && f.constByValue(p, code, target, "", false) != "" {
			return true
		}
	}
	pkg, _ := f.moduleConst(code, target, module)
	return pkg != nil
}

// imported returns the package path if the file imports it under a name.
func (f File) imported(path string) *types.Package {
	for _, spec := range f.File.Imports {
		if importPath(spec) != path {
			continue
		}
		if pn := f.Info.PkgNameOf(spec); pn != nil && pn.Name() != "_" {
			return pn.Imported()
		}
	}
	return nil
}

// moduleConst finds a Status… constant of value code in the package or
// in the packages of its module it imports.
func (f File) moduleConst(code int64, target types.Type, module string) (*types.Package, string) {
	for p := range ModulePackages(f.Pkg, module) {
		if name := f.constByValue(p, code, target, "", p == f.Pkg); name != "" {
			return p, name
		}
	}
	return nil, ""
}

// constByValue returns the name of a constant of pkg whose name starts
// with Status, whose value is code and which can replace a literal of type
// target: prefer if it is one, else the first in name order. Unexported
// constants count only when own is true.
func (f File) constByValue(pkg *types.Package, code int64, target types.Type, prefer string, own bool) string {
	if f.Consts == nil {
		f.Consts = new(Consts)
	}
	fits := func(c *types.Const) bool {
		if !own && !c.Exported() {
			return false
		}
		if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return true // an untyped constant goes where the literal went
		}
		return target == nil || types.AssignableTo(c.Type(), target)
	}
	consts := f.Consts.Int(pkg, code)
	for _, c := range consts {
		if c.Name() == prefer && fits(c) {
			return prefer
		}
	}
	for _, c := range consts {
		if strings.HasPrefix(c.Name(), "Status") && fits(c) {
			return c.Name()
		}
	}
	return ""
}
