package sinks_test

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// leakPackages loads the standard packages of the writer rows next to the
// stubs (the shared load names only the sink table's packages).
func leakPackages(t *testing.T) map[string]*packages.Package {
	t.Helper()
	pkgs := load(t)
	var missing []string
	for _, r := range sinks.WriterRows {
		if _, ok := pkgs[r.Pkg]; !ok {
			missing = append(missing, r.Pkg)
		}
	}
	if len(missing) == 0 {
		return pkgs
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes}
	more, err := packages.Load(cfg, missing...)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]*packages.Package, len(pkgs)+len(more))
	for k, v := range pkgs {
		out[k] = v
	}
	for _, p := range more {
		out[p.PkgPath] = p
	}
	return out
}

// lookupFunc finds a package function or a method of a named type.
func lookupFunc(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	named, err := lookupType(pkg, recv)
	if err != nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, pkg, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// TestWriterRowsResolve checks each writer row against the real standard
// library: the function exists, its writer argument is an io.Writer, its
// body argument exists, an encoder constructor returns the type whose
// Encode row follows.
func TestWriterRowsResolve(t *testing.T) {
	pkgs := leakPackages(t)
	for _, r := range sinks.WriterRows {
		p, ok := pkgs[r.Pkg]
		if !ok || p.Types == nil {
			t.Errorf("%s: not loaded", r.Pkg)
			continue
		}
		fn := lookupFunc(p.Types, r.Recv, r.Name)
		if fn == nil {
			t.Errorf("%s.%s.%s: no such function", r.Pkg, r.Recv, r.Name)
			continue
		}
		sig := fn.Signature()
		if r.Writer >= 0 {
			if r.Writer >= sig.Params().Len() {
				t.Errorf("%s.%s: no argument %d", r.Pkg, r.Name, r.Writer)
				continue
			}
			if w := sig.Params().At(r.Writer).Type(); !isNamedType(w, "io", "Writer") {
				t.Errorf("%s.%s: argument %d is %s, not an io.Writer", r.Pkg, r.Name, r.Writer, w)
			}
		}
		if !r.Encoder && r.Body >= sig.Params().Len() {
			t.Errorf("%s.%s.%s: no body argument %d", r.Pkg, r.Recv, r.Name, r.Body)
		}
		if r.Rest && !sig.Variadic() {
			t.Errorf("%s.%s: Rest on a function that is not variadic", r.Pkg, r.Name)
		}
		if r.Encoder && (sig.Results().Len() != 1 || !isNamedType(sig.Results().At(0).Type(), r.Pkg, "Encoder")) {
			t.Errorf("%s.%s: does not return *%s.Encoder", r.Pkg, r.Name, r.Pkg)
		}
	}
}

func isNamedType(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// TestLeakRowsResolveInStubs checks the body writers, the formatting sinks
// and the error-path names against the framework stubs.
func TestLeakRowsResolveInStubs(t *testing.T) {
	pkgs := load(t)
	for _, b := range sinks.BodyWriters {
		p, ok := pkgs[b.Pkg]
		if !ok {
			t.Errorf("%s: not loaded", b.Pkg)
			continue
		}
		if lookupFunc(p.Types, b.Name, "Write") == nil {
			t.Errorf("%s.%s has no Write method", b.Pkg, b.Name)
		}
	}
	for _, f := range sinks.FormatRows {
		p, ok := pkgs[f.Pkg]
		if !ok {
			t.Errorf("%s: not loaded", f.Pkg)
			continue
		}
		fn := lookupFunc(p.Types, f.Recv, f.Name)
		if fn == nil || !fn.Signature().Variadic() || fn.Signature().Params().Len() != f.Rest+1 {
			t.Errorf("%s.%s.%s: not a formatting method with values from argument %d", f.Pkg, f.Recv, f.Name, f.Rest)
		}
	}
	ep := sinks.FrameworkErrors
	fiber, echo := pkgs[ep.FiberPkg], pkgs[ep.EchoPkg]
	if fiber == nil || echo == nil {
		t.Fatal("fiber or echo stub not loaded")
	}
	for _, c := range []struct {
		pkg       *types.Package
		typ, name string
	}{
		{fiber.Types, ep.FiberConfig, ep.FiberErrorHandler},
		{echo.Types, ep.EchoType, ep.EchoDebug},
		{echo.Types, ep.EchoType, ep.EchoErrorHandler},
	} {
		named, err := lookupType(c.pkg, c.typ)
		if err != nil {
			t.Error(err)
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(named, false, c.pkg, c.name); obj == nil {
			t.Errorf("%s.%s has no field %s", c.pkg.Path(), c.typ, c.name)
		}
	}
	for _, name := range ep.EchoInternal {
		if lookupFunc(echo.Types, ep.EchoHTTPError, name) == nil {
			t.Errorf("echo.HTTPError has no method %s", name)
		}
	}
	if _, err := lookupType(fiber.Types, ep.FiberCtx); err != nil {
		t.Error(err)
	}
	if _, err := lookupType(echo.Types, ep.EchoContext); err != nil {
		t.Error(err)
	}
}
