package sinks

import (
	"go/ast"
	"go/types"
	"iter"

	"golang.org/x/tools/go/types/typeutil"
)

// key names a function, method or field of a package.
type key struct{ pkg, recv, name string }

// An Index is a sink table arranged for lookup. Build it once with NewIndex
// and share it: it is never written after NewIndex returns, so it is safe
// for concurrent use. Per-package questions go through a Matcher.
type Index struct {
	funcs   map[key][]Row    // Func rows, recv ""
	methods map[key][]Row    // Method rows
	impls   map[string][]Row // Implements rows, by method name
	fields  map[key][]Row    // Field rows, by package and field name (recv "")
	pkgs    map[string]bool  // every package a row names
	errPkgs map[string]bool  // packages of ErrorPath rows: the frameworks with an error path
}

// NewIndex indexes rows. Rows of an unknown Kind are ignored.
func NewIndex(rows []Row) *Index {
	ix := &Index{
		funcs:   make(map[key][]Row),
		methods: make(map[key][]Row),
		impls:   make(map[string][]Row),
		fields:  make(map[key][]Row),
		pkgs:    make(map[string]bool),
		errPkgs: make(map[string]bool),
	}
	for _, r := range rows {
		k := key{r.Pkg, r.Recv, r.Name}
		switch r.Kind {
		case Func:
			k.recv = ""
			ix.funcs[k] = append(ix.funcs[k], r)
		case Method:
			ix.methods[k] = append(ix.methods[k], r)
		case Implements:
			ix.impls[r.Name] = append(ix.impls[r.Name], r)
		case Field:
			k.recv = ""
			ix.fields[k] = append(ix.fields[k], r)
		default:
			continue // not a kind this index knows
		}
		ix.pkgs[r.Pkg] = true
		if r.Where == ErrorPath {
			ix.errPkgs[r.Pkg] = true
		}
	}
	return ix
}

// ErrorPathPackage reports whether path is a framework whose error values
// some row puts on the error path (echo, fiber): a function taking one of
// its types is a handler whose returned error reaches it.
func (ix *Index) ErrorPathPackage(path string) bool { return ix.errPkgs[path] }

// Index returns the index the matcher looks rows up in.
func (m *Matcher) Index() *Index { return m.ix }

// SinkPackage reports whether some row names the package path.
func (ix *Index) SinkPackage(path string) bool { return ix.pkgs[path] }

// Relevant reports whether pkg is a sink package or imports one, directly
// or transitively. A package for which it is false cannot reach a sink,
// so a pass may skip it.
//
// Each call walks pkg's import graph once, stopping at the first sink
// package; callers ask once per package. (The summary analyzer decides
// its reach by facts instead, summary.InReach; opstatus's route table
// asks here.)
func (ix *Index) Relevant(pkg *types.Package) bool {
	return Imports(pkg, ix.SinkPackage)
}

// Imports reports whether pkg or a package it imports, directly or
// transitively, has a path for which match reports true. It walks the
// import graph breadth first and stops at the first match.
func Imports(pkg *types.Package, match func(path string) bool) bool {
	seen := map[*types.Package]bool{pkg: true}
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if match(p.Path()) {
			return true
		}
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return false
}

// An Arg is one argument of a call that is a sink.
type Arg struct {
	Index int // index in the call's arguments
	Row   Row
}

// A Matcher answers which calls and fields of one package are sinks.
// It caches what it resolves, so it is not safe for concurrent use:
// make one per pass.
type Matcher struct {
	ix     *Index
	info   *types.Info
	pkg    *types.Package
	byFunc map[*types.Func][]Row     // memo of Rows
	ifaces map[key]*types.Interface  // Implements interfaces, resolved
	pkgs   map[string]*types.Package // pkg and its transitive imports, by path; built on demand
	impl   map[implKey]bool          // memo of implements
	fields map[*types.Var]fieldMemo  // memo of Field
}

type implKey struct {
	t     types.Type
	iface *types.Interface
}

type fieldMemo struct {
	row Row
	ok  bool
}

// Matcher returns a Matcher for the package pkg, whose syntax info
// describes.
func (ix *Index) Matcher(pkg *types.Package, info *types.Info) *Matcher {
	return &Matcher{
		ix:     ix,
		info:   info,
		pkg:    pkg,
		byFunc: make(map[*types.Func][]Row),
		ifaces: make(map[key]*types.Interface),
		impl:   make(map[implKey]bool),
		fields: make(map[*types.Var]fieldMemo),
	}
}

// Call returns the arguments of call that are table sinks, in argument
// order. A method expression call ((*T).M(x, …)) counts its receiver
// argument, as the call does.
func (m *Matcher) Call(call *ast.CallExpr) []Arg {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil // a builtin, a conversion, a function value
	}
	rows := m.Rows(fn)
	if len(rows) == 0 {
		return nil // not a sink
	}
	var args []Arg
next:
	for _, r := range rows {
		i, ok := Argument(m.info, call, r.Arg)
		if !ok {
			continue // no argument of its own
		}
		for _, a := range args {
			if a.Index == i && a.Row.Role == r.Role {
				continue next // two rows say the same (fiber v3's Ctx also implements Res)
			}
		}
		args = append(args, Arg{Index: i, Row: r})
	}
	return args
}

// Argument returns the index in call.Args of the argument for parameter
// param (receiver excluded) of call's callee. It reports false when that
// argument is not an expression of its own: missing, a slice passed to a
// variadic parameter (f(xs...)), or one value of a tuple (f(g())).
func Argument(info *types.Info, call *ast.CallExpr, param int) (int, bool) {
	i := param + ReceiverArgs(info, call)
	if i < 0 || i >= len(call.Args) || call.Ellipsis.IsValid() && i == len(call.Args)-1 {
		return 0, false
	}
	if len(call.Args) == 1 {
		if tv, ok := info.Types[call.Args[0]]; ok {
			if _, tuple := tv.Type.(*types.Tuple); tuple {
				return 0, false
			}
		}
	}
	return i, true
}

// ReceiverArgs returns 1 if call calls a method expression
// ((*T).M(x, …), whose argument 0 is the receiver), else 0: the number to
// add to a parameter's index to find its argument.
func ReceiverArgs(info *types.Info, call *ast.CallExpr) int {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return 1
		}
	}
	return 0
}

// Rows returns the Func, Method and Implements rows the function or
// method fn matches.
func (m *Matcher) Rows(fn *types.Func) []Row {
	fn = fn.Origin()
	if rows, ok := m.byFunc[fn]; ok {
		return rows
	}
	rows := m.rows(fn)
	m.byFunc[fn] = rows
	return rows
}

func (m *Matcher) rows(fn *types.Func) []Row {
	if fn.Pkg() == nil {
		return nil // a method of the universe (error.Error)
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return m.ix.funcs[key{fn.Pkg().Path(), "", fn.Name()}]
	}
	var rows []Row
	if named := namedOf(recv.Type()); named != nil && named.Obj().Pkg() != nil {
		rows = append(rows, m.ix.methods[key{named.Obj().Pkg().Path(), named.Obj().Name(), fn.Name()}]...)
	}
	for _, r := range m.ix.impls[fn.Name()] {
		if m.implements(recv.Type(), r) {
			rows = append(rows, r)
		}
	}
	return rows
}

// namedOf returns the named type of t or *t, in its generic form.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin()
	}
	return nil
}

// implements reports whether the receiver type t (or *t) implements the
// interface that the Implements row r names.
func (m *Matcher) implements(t types.Type, r Row) bool {
	iface := m.iface(r.Pkg, r.Recv)
	if iface == nil {
		return false // the interface's package is not imported here
	}
	k := implKey{t, iface}
	if ok, seen := m.impl[k]; seen {
		return ok
	}
	ok := types.Implements(t, iface)
	if !ok && !types.IsInterface(t) && !isPointer(t) {
		ok = types.Implements(types.NewPointer(t), iface)
	}
	m.impl[k] = ok
	return ok
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// iface resolves the interface path.name among the package's imports.
func (m *Matcher) iface(path, name string) *types.Interface {
	k := key{path, name, ""}
	if it, ok := m.ifaces[k]; ok {
		return it
	}
	var it *types.Interface
	if p := m.lookupPackage(path); p != nil {
		if obj, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			it, _ = obj.Type().Underlying().(*types.Interface)
		}
	}
	m.ifaces[k] = it
	return it
}

// lookupPackage returns the package path among the package and its
// transitive imports, or nil.
func (m *Matcher) lookupPackage(path string) *types.Package {
	if m.pkgs == nil {
		m.pkgs = make(map[string]*types.Package)
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, seen := m.pkgs[p.Path()]; seen {
				return
			}
			m.pkgs[p.Path()] = p
			for _, imp := range p.Imports() {
				walk(imp)
			}
		}
		walk(m.pkg)
	}
	return m.pkgs[path]
}

// Field returns the Field row of the struct field v, if it has one. The
// field is matched by object: a field promoted through embedding is the
// same field, a field of the same name in another struct is not.
func (m *Matcher) Field(v *types.Var) (Row, bool) {
	if v == nil || !v.IsField() || v.Pkg() == nil {
		return Row{}, false
	}
	v = v.Origin()
	if f, ok := m.fields[v]; ok {
		return f.row, f.ok
	}
	var memo fieldMemo
	for _, r := range m.ix.fields[key{v.Pkg().Path(), "", v.Name()}] {
		if fieldOf(v.Pkg(), r.Recv, r.Name) == v {
			memo = fieldMemo{r, true}
			break
		}
	}
	m.fields[v] = memo
	return memo.row, memo.ok
}

// fieldOf returns the field name of the struct type recv declared in pkg.
func fieldOf(pkg *types.Package, recv, name string) *types.Var {
	obj, ok := pkg.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if f.Name() == name {
			return f
		}
	}
	return nil
}

// FieldOf returns the struct field that the expression e selects
// (x.f, or the key of a keyed composite literal element), or nil.
func FieldOf(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			v, _ := sel.Obj().(*types.Var)
			return v
		}
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && v.IsField() {
			return v
		}
	}
	return nil
}

// LiteralFields returns the fields a struct composite literal of type s
// sets, each with the expression it sets it to, keyed (T{F: v}) or not
// (T{v}). Keys that name no field are skipped.
func LiteralFields(info *types.Info, lit *ast.CompositeLit, s *types.Struct) iter.Seq2[*types.Var, ast.Expr] {
	return func(yield func(*types.Var, ast.Expr) bool) {
		for i, elt := range lit.Elts {
			var v *types.Var
			val := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					v, _ = info.Uses[id].(*types.Var)
				}
				val = kv.Value
			} else if i < s.NumFields() {
				v = s.Field(i)
			}
			if v == nil {
				continue // an unknown field, or an ill-typed key
			}
			if !yield(v, val) {
				return
			}
		}
	}
}
