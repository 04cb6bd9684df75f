package sinks_test

import (
	"fmt"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// stubRoots are the folders of testdata/src that hold the framework stubs;
// each pass's own cases live elsewhere in the tree.
var stubRoots = []string{"github.com", "nhooyr.io", "golang.org"}

// testdataDir is the GOPATH of the shared analysistest tree.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// stubPackages lists the import paths of every stub package, found by
// walking the stub roots for folders that hold .go files.
func stubPackages(t *testing.T) []string {
	t.Helper()
	src := filepath.Join(testdataDir(t), "src")
	seen := map[string]bool{}
	for _, root := range stubRoots {
		err := filepath.WalkDir(filepath.Join(src, root), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") {
				return nil
			}
			rel, err := filepath.Rel(src, filepath.Dir(path))
			if err != nil {
				return err
			}
			seen[filepath.ToSlash(rel)] = true
			return nil
		})
		if err != nil {
			t.Fatalf("walking stubs: %v", err)
		}
	}
	var paths []string
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

var (
	loadOnce sync.Once
	loaded   map[string]*packages.Package
	loadErr  error
)

// load type-checks every stub package and every package the table names,
// in GOPATH mode over testdata, once for all tests.
func load(t *testing.T) map[string]*packages.Package {
	t.Helper()
	loadOnce.Do(func() {
		patterns := stubPackages(t)
		for _, r := range slices.Concat(sinks.Table, sinks.OutgoingRows) {
			patterns = append(patterns, r.Pkg)
		}
		for _, c := range slices.Concat(sinks.StatusConsts, sinks.CloseConsts) {
			patterns = append(patterns, c.Path)
		}
		for _, m := range sinks.MapTypes {
			patterns = append(patterns, m.Pkg)
		}
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
				packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps,
			Dir: testdataDir(t),
			Env: append(os.Environ(),
				"GOPATH="+testdataDir(t), "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		}
		pkgs, err := packages.Load(cfg, patterns...)
		if err != nil {
			loadErr = err
			return
		}
		loaded = map[string]*packages.Package{}
		for _, p := range pkgs {
			loaded[p.PkgPath] = p
		}
	})
	if loadErr != nil {
		t.Fatalf("loading stubs: %v", loadErr)
	}
	return loaded
}

// isStd reports whether path is a standard-library import path.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func rowString(r sinks.Row) string {
	return fmt.Sprintf("%s.%s.%s[kind %d arg %d role %d]", r.Pkg, r.Recv, r.Name, r.Kind, r.Arg, r.Role)
}

func TestTableConsistent(t *testing.T) {
	stubs := map[string]bool{}
	for _, p := range stubPackages(t) {
		stubs[p] = true
	}
	seen := map[sinks.Row]bool{}
	for _, r := range sinks.Table {
		name := rowString(r)
		if seen[r] {
			t.Errorf("%s: duplicate row", name)
		}
		seen[r] = true
		if r.Pkg == "" || r.Name == "" {
			t.Errorf("%s: empty Pkg or Name", name)
		}
		if !isStd(r.Pkg) && !stubs[r.Pkg] {
			t.Errorf("%s: package is neither std nor stubbed under testdata/src", name)
		}
		if r.Arg < 0 {
			t.Errorf("%s: negative Arg", name)
		}
		switch r.Kind {
		case sinks.Func:
			if r.Recv != "" {
				t.Errorf("%s: Func row has Recv %q", name, r.Recv)
			}
		case sinks.Method, sinks.Implements:
			if r.Recv == "" {
				t.Errorf("%s: method row has no Recv", name)
			}
		case sinks.Field:
			if r.Recv == "" {
				t.Errorf("%s: Field row has no Recv", name)
			}
			if r.Arg != 0 {
				t.Errorf("%s: Field row has Arg %d, want 0 (unused)", name, r.Arg)
			}
		default:
			t.Errorf("%s: unknown Kind", name)
		}
		switch r.Role {
		case sinks.Status, sinks.StatusRead, sinks.CloseCode, sinks.CloseReason, sinks.Body, sinks.Message, sinks.Dial, sinks.Accept, sinks.ErrorEntry, sinks.RequestBody:
		default:
			t.Errorf("%s: unknown Role", name)
		}
	}
}

func TestStubsTypeCheck(t *testing.T) {
	pkgs := load(t)
	for _, path := range stubPackages(t) {
		p, ok := pkgs[path]
		if !ok {
			t.Errorf("%s: not loaded", path)
			continue
		}
		for _, e := range p.Errors {
			t.Errorf("%s: %v", path, e)
		}
		documented := false
		for _, f := range p.Syntax {
			if f.Doc != nil && strings.Contains(f.Doc.Text(), "is a stub of "+path) {
				documented = true
			}
		}
		if !documented {
			t.Errorf("%s: no package doc saying it is a stub of %s", path, path)
		}
	}
}

// lookupType returns the named type pkg.name.
func lookupType(pkg *types.Package, name string) (*types.Named, error) {
	obj := pkg.Scope().Lookup(name)
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil, fmt.Errorf("no type %s in %s", name, pkg.Path())
	}
	named, ok := types.Unalias(tn.Type()).(*types.Named)
	if !ok {
		return nil, fmt.Errorf("%s.%s is not a named type", pkg.Path(), name)
	}
	return named, nil
}

// resolve finds the type the row's argument or field has.
func resolve(pkg *types.Package, r sinks.Row) (types.Type, error) {
	var sig *types.Signature
	switch r.Kind {
	case sinks.Func:
		fn, ok := pkg.Scope().Lookup(r.Name).(*types.Func)
		if !ok {
			return nil, fmt.Errorf("no func %s", r.Name)
		}
		sig = fn.Signature()
	case sinks.Method, sinks.Implements:
		named, err := lookupType(pkg, r.Recv)
		if err != nil {
			return nil, err
		}
		if r.Kind == sinks.Implements && !types.IsInterface(named) {
			return nil, fmt.Errorf("%s is not an interface", r.Recv)
		}
		// A pointer to an interface has no methods; a pointer to any
		// other type has both method sets.
		var holder types.Type = named
		if !types.IsInterface(named) {
			holder = types.NewPointer(named)
		}
		obj, _, _ := types.LookupFieldOrMethod(holder, false, pkg, r.Name)
		fn, ok := obj.(*types.Func)
		if !ok {
			return nil, fmt.Errorf("no method %s on %s", r.Name, r.Recv)
		}
		// The callee a pass sees must be declared on Recv itself, not
		// promoted from an embedded type.
		recv := fn.Signature().Recv()
		if recv == nil {
			return nil, fmt.Errorf("%s has no receiver", r.Name)
		}
		rt := recv.Type()
		if ptr, ok := rt.(*types.Pointer); ok {
			rt = ptr.Elem()
		}
		if rn, ok := types.Unalias(rt).(*types.Named); !ok || rn.Obj() != named.Obj() {
			return nil, fmt.Errorf("method %s is declared on %s, not on %s", r.Name, rt, r.Recv)
		}
		sig = fn.Signature()
	case sinks.Field:
		named, err := lookupType(pkg, r.Recv)
		if err != nil {
			return nil, err
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			return nil, fmt.Errorf("%s is not a struct", r.Recv)
		}
		for i := range st.NumFields() {
			if f := st.Field(i); f.Name() == r.Name {
				return f.Type(), nil
			}
		}
		return nil, fmt.Errorf("no field %s in %s", r.Name, r.Recv)
	default:
		return nil, fmt.Errorf("unknown kind %d", r.Kind)
	}
	params := sig.Params()
	if r.Arg >= params.Len() {
		return nil, fmt.Errorf("argument %d out of range: %s has %d parameters", r.Arg, r.Name, params.Len())
	}
	typ := params.At(r.Arg).Type()
	if sig.Variadic() && r.Arg == params.Len()-1 {
		typ = typ.(*types.Slice).Elem()
	}
	return typ, nil
}

// isInteger reports whether t's underlying type is an integer.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isText reports whether t is a string or a byte slice.
func isText(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsString != 0
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		b, ok := s.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

func TestTableResolvesInStubs(t *testing.T) {
	pkgs := load(t)
	for _, r := range sinks.Table {
		name := rowString(r)
		p, ok := pkgs[r.Pkg]
		if !ok || p.Types == nil {
			t.Errorf("%s: package not loaded", name)
			continue
		}
		typ, err := resolve(p.Types, r)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		switch r.Role {
		case sinks.Status, sinks.StatusRead, sinks.CloseCode:
			if !isInteger(typ) {
				t.Errorf("%s: type %s is not an integer", name, typ)
			}
		case sinks.CloseReason:
			if !isText(typ) {
				t.Errorf("%s: type %s is neither string nor []byte", name, typ)
			}
		}
	}
}

// TestWritersImplementResponseWriter checks that the framework writers the
// table leaves to the net/http Implements row really implement
// http.ResponseWriter in the stubs.
func TestWritersImplementResponseWriter(t *testing.T) {
	pkgs := load(t)
	rw, err := lookupType(pkgs["net/http"].Types, "ResponseWriter")
	if err != nil {
		t.Fatal(err)
	}
	iface := rw.Underlying().(*types.Interface)
	for _, c := range []struct {
		pkg, name string
		pointer   bool
	}{
		{"github.com/gin-gonic/gin", "ResponseWriter", false},
		{"github.com/labstack/echo/v4", "Response", true},
	} {
		p, ok := pkgs[c.pkg]
		if !ok {
			t.Errorf("%s: not loaded", c.pkg)
			continue
		}
		named, err := lookupType(p.Types, c.name)
		if err != nil {
			t.Error(err)
			continue
		}
		var typ types.Type = named
		if c.pointer {
			typ = types.NewPointer(named)
		}
		if !types.Implements(typ, iface) {
			t.Errorf("%s does not implement net/http.ResponseWriter", typ)
		}
	}
}

// TestKnowledgeResolvesInStubs checks the tables beside the sinks: each
// outgoing call takes an io.Reader where its row says, each map type is a
// map with string keys, and each constant library names 404 or 1000 (its
// status or close constants) under the name the table gives it.
func TestKnowledgeResolvesInStubs(t *testing.T) {
	pkgs := load(t)
	for _, r := range sinks.OutgoingRows {
		p, ok := pkgs[r.Pkg]
		if !ok || p.Types == nil {
			t.Errorf("%s: package not loaded", rowString(r))
			continue
		}
		typ, err := resolve(p.Types, r)
		if err != nil {
			t.Errorf("%s: %v", rowString(r), err)
		} else if r.Role != sinks.RequestBody || types.TypeString(typ, nil) != "io.Reader" {
			t.Errorf("%s: role %v, type %s; want request-body, io.Reader", rowString(r), r.Role, typ)
		}
	}
	for _, m := range sinks.MapTypes {
		p, ok := pkgs[m.Pkg]
		if !ok || p.Types == nil {
			t.Errorf("%s.%s: package not loaded", m.Pkg, m.Name)
			continue
		}
		named, err := lookupType(p.Types, m.Name)
		if err != nil {
			t.Error(err)
			continue
		}
		mt, ok := named.Underlying().(*types.Map)
		if !ok || !isText(mt.Key()) {
			t.Errorf("%s.%s is %s, not a map with string keys", m.Pkg, m.Name, named.Underlying())
		}
		if !sinks.IsMapType(m.Pkg, m.Name) {
			t.Errorf("IsMapType(%s, %s) = false", m.Pkg, m.Name)
		}
	}
	for _, c := range slices.Concat(sinks.StatusConsts, sinks.CloseConsts) {
		p, ok := pkgs[c.Path]
		if !ok || p.Types == nil {
			t.Errorf("%s: package not loaded", c.Path)
			continue
		}
		if p.Types.Name() != c.Name {
			t.Errorf("%s: package name %s, table says %s", c.Path, p.Types.Name(), c.Name)
		}
	}
	if sinks.IsQuiet("net/http") || !sinks.IsQuiet("log/slog") {
		t.Error("IsQuiet: net/http quiet or log/slog not")
	}
	if !sinks.IsOutgoing("net/http", "Client", "Post") || sinks.IsOutgoing("net/http", "", "Get") {
		t.Error("IsOutgoing: Client.Post not outgoing or Get outgoing")
	}
}
