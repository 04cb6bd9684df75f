package summary

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// How values flow to a sink beyond parameters. A value that reaches a
// sink through a struct field (w.WriteHeader(e.Status)), a function's
// result (w.WriteHeader(statusOf(err))) or a channel
// (conn.WriteClose((<-done).Code)) makes that field, result or channel a
// carrier: every write of the field (composite literals, assignments,
// constructors, whose parameters then reach the sink), every return value
// of the function and every send on the channel is a site, reported at
// the value. Fields declared in the package get a FieldSinks fact, so
// that the writes of other packages are sites too. An identity method
// (func (c Code) Code() int { return int(c) }) and a lookup with a
// constant key in a map literal of constants are looked through, to the
// receiver and to the map's entry. A call of an interface method reaches
// what the implementations the package can see reach.

// FieldSinks is the fact exported on a struct field whose values reach
// sinks: every write of it, in any package, is a site.
type FieldSinks struct {
	Roles []Param // Index unused (0)
	Via   string  // the sink it reaches, for messages ("WriteHeader at api.go:12")
}

// AFact marks FieldSinks as an analysis fact.
func (*FieldSinks) AFact() {}

// String prints the fact as field(status).
func (f *FieldSinks) String() string {
	parts := make([]string, len(f.Roles))
	for i, p := range f.Roles {
		parts[i] = p.Role.String()
	}
	return "field(" + strings.Join(parts, ", ") + ")"
}

// Returns is the fact exported on a function of one integer result every
// return of which is a constant (func statusOf(err error) int { …
// return 409 }): a call of it in another package sends those values where
// the call reaches a sink.
type Returns struct {
	Values []int64
	Where  []string // where each is returned: "apierr.go:41"
}

// AFact marks Returns as an analysis fact.
func (*Returns) AFact() {}

// String prints the fact as returns(404, 409).
func (f *Returns) String() string { return listFact("returns", f.Values) }

// listFact prints a fact named name that is a list of numbers: name(1, 2).
func listFact[T int | int64](name string, xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

// Identity is the fact exported on a method that returns its receiver,
// converted at most (func (c Code) Code() int { return int(c) }).
type Identity struct{}

// AFact marks Identity as an analysis fact.
func (*Identity) AFact() {}

// String prints the fact.
func (*Identity) String() string { return "identity" }

// Site kinds of values that reach a sink through a carrier.
const (
	// FieldWrite is a value written to a struct field that reaches a sink
	// (HTTPError{Status: v}, e.Status = v).
	FieldWrite SiteKind = iota + 10
	// Returned is a value returned by a function whose result reaches a
	// sink (return v).
	Returned
	// ChanSend is a value sent on a channel whose receiver sends it to a
	// sink (ch <- v).
	ChanSend
)

// flows reports whether values of role r are followed through carriers:
// codes, reasons and messages, which a program keeps in fields and passes
// on; not bodies (jsonbody's business), reads, dials or accepts.
func flows(r sinks.Role) bool {
	switch r {
	case sinks.Status, sinks.CloseCode, sinks.CloseReason, sinks.Message:
		return true
	}
	return false
}

// write is a value written to a carrier: a field or a channel.
type write struct {
	to   types.Object
	expr ast.Expr
	kind SiteKind
}

// ret is a value returned by a function of the package.
type ret struct {
	fn    ast.Node // *ast.FuncDecl or *ast.FuncLit
	index int
	expr  ast.Expr
}

// carried is what reaches a carrier: its roles, and the sink named in
// messages.
type carried struct {
	roles []Param
	via   string
	pos   token.Pos // the sink's position, when in this package
}

func (c *carried) add(p Param) bool {
	for i, q := range c.roles {
		if q.Role != p.Role {
			continue
		}
		if q.Unset == p.Unset || q.Unset == sinks.UnsetNone {
			return false
		}
		c.roles[i].Unset = sinks.UnsetNone
		return true
	}
	c.roles = append(c.roles, p)
	return true
}

// via describes a sink site for the messages of the values that reach it
// from elsewhere: "WriteHeader at api.go:12".
func (st *state) via(s Site) (string, token.Pos) {
	name := ""
	switch {
	case s.Callee != nil:
		name = s.Callee.Name()
	case s.Field != nil:
		name = s.Field.Name()
	default:
		return "", token.NoPos
	}
	p := st.pass.Fset.Position(s.Expr.Pos())
	return fmt.Sprintf("%s at %s:%d", name, filepath.Base(p.Filename), p.Line), s.Expr.Pos()
}

// flowTo records that e's value reaches a sink of role r, through a
// carrier if e reads one, and reports whether that is new.
func (st *state) flowTo(e ast.Expr, r sinks.Role, u sinks.Unset, via string, pos token.Pos) bool {
	if !flows(r) {
		return false
	}
	src := st.values.Source(st.unwrap(e))
	var obj types.Object
	var table map[types.Object]*carried
	switch x := src.(type) {
	case *ast.SelectorExpr:
		v := sinks.FieldOf(st.pass.TypesInfo, x)
		if v == nil {
			return false // a method value, a package member
		}
		if _, ok := st.matcher.Field(v); ok {
			return false // a table field: its writes are table sites already
		}
		obj, table = v.Origin(), st.carriers
	case *ast.UnaryExpr:
		if x.Op != token.ARROW {
			return false // an operation on the value
		}
		obj, table = st.objectOf(x.X), st.carriers
	case *ast.Ident:
		obj, table = st.receivedFrom(x), st.carriers // v, ok := <-ch; for v := range ch
	case *ast.CallExpr:
		callee := typeutil.Callee(st.pass.TypesInfo, x)
		fn, ok := callee.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Signature().Results().Len() != 1 {
			return false // not a function with one result
		}
		if fn.Pkg() != st.pass.Pkg {
			st.importedCall(x, fn.Origin(), r, u, via, pos)
			return false // its returns are in its package: its fact says them
		}
		obj, table = fn.Origin(), st.results
	default:
		return false
	}
	if obj == nil {
		return false
	}
	if st.testFile(e.Pos()) && !st.testFile(obj.Pos()) {
		return false // a test's read of the program's field or result: the program never holds that flow
	}
	c := table[obj]
	if c == nil {
		c = &carried{via: via, pos: pos}
		table[obj] = c
	}
	return c.add(Param{Role: r, Unset: u})
}

// objectOf returns the variable or field that e names, or nil.
func (st *state) objectOf(e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := st.pass.TypesInfo.Uses[x].(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v := sinks.FieldOf(st.pass.TypesInfo, x); v != nil {
			return v.Origin()
		}
		if v, ok := st.pass.TypesInfo.Uses[x.Sel].(*types.Var); ok {
			return v // a package-level channel of another package
		}
	}
	return nil
}

// fieldCarried returns what reaches the field v: this package's
// findings, or an imported fact.
func (st *state) fieldCarried(v types.Object) *carried {
	if c := st.carriers[v]; c != nil {
		return c
	}
	f, ok := v.(*types.Var)
	if !ok || !f.IsField() || f.Pkg() == nil || f.Pkg() == st.pass.Pkg {
		return nil
	}
	if c, ok := st.imported[f]; ok {
		return c
	}
	var fact FieldSinks
	var c *carried
	if st.pass.ImportObjectFact(f, &fact) {
		c = &carried{roles: fact.Roles, via: fact.Via}
	}
	st.imported[f] = c
	return c
}

// unwrap looks through identity methods and constant map lookups to the
// expression that gives e its value.
func (st *state) unwrap(e ast.Expr) ast.Expr {
	for depth := 0; depth < 8; depth++ {
		src := st.values.Source(e)
		switch x := src.(type) {
		case *ast.CallExpr:
			recv := st.identityRecv(x)
			if recv == nil {
				return e
			}
			e = recv
		case *ast.IndexExpr:
			entry := st.mapEntry(x)
			if entry == nil {
				return e
			}
			e = entry
		default:
			return e
		}
	}
	return e
}

// identityRecv returns the receiver of call if call calls an identity
// method (x.Code() with func (c Code) Code() int { return int(c) }).
func (st *state) identityRecv(call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	s, ok := st.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return nil // not a method call
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() == st.pass.Pkg {
		if st.identities[fn] {
			return sel.X
		}
		return nil
	}
	if fn.Pkg() != nil && st.pass.ImportObjectFact(fn, new(Identity)) {
		return sel.X
	}
	return nil
}

// identity reports whether the method declared by d returns its receiver,
// converted at most.
func (st *state) identity(d *ast.FuncDecl) bool {
	if d.Recv == nil || len(d.Recv.List) != 1 || len(d.Recv.List[0].Names) != 1 || d.Body == nil ||
		d.Type.Params.NumFields() != 0 || d.Type.Results.NumFields() != 1 || len(d.Body.List) != 1 {
		return false
	}
	r, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return false
	}
	recv := st.pass.TypesInfo.Defs[d.Recv.List[0].Names[0]]
	id, ok := st.values.Source(r.Results[0]).(*ast.Ident)
	if !ok || recv == nil || st.pass.TypesInfo.Uses[id] != recv {
		return false
	}
	b, ok := st.pass.TypesInfo.TypeOf(r.Results[0]).Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}

// mapEntry returns the value of the entry of a map literal that the
// lookup m[k] reads, when k is constant and m is a package-level variable
// of this package initialised with a map literal of constant keys.
func (st *state) mapEntry(x *ast.IndexExpr) ast.Expr {
	key := st.values.Const(x.Index)
	if key == nil {
		return nil // not a constant key
	}
	v, ok := st.objectOf(x.X).(*types.Var)
	if !ok {
		return nil
	}
	lit := st.maps[v]
	if lit == nil {
		return nil // not a map literal of this package
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k := st.values.Const(kv.Key); k != nil && k.Kind() == key.Kind() && constant.Compare(k, token.EQL, key) {
			return kv.Value
		}
	}
	return nil
}

// recordFlow indexes, in the first walk, what the flow needs: writes of
// fields, sends on channels, return values, identity methods and map
// literals of package-level variables.
func (st *state) recordFlow(cur inspector.Cursor) {
	info := st.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.FuncDecl:
		if fn, ok := info.Defs[n.Name].(*types.Func); ok && st.identity(n) {
			st.identities[fn] = true
		}
	case *ast.CompositeLit:
		tv, ok := info.Types[n]
		if !ok {
			return // ill-typed
		}
		s, ok := tv.Type.Underlying().(*types.Struct)
		if !ok {
			return // a slice, map or array literal
		}
		for v, val := range sinks.LiteralFields(info, n, s) {
			st.writes = append(st.writes, write{to: v.Origin(), expr: val, kind: FieldWrite})
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
			return // a definition, an op-assignment or a tuple
		}
		for i, lhs := range n.Lhs {
			if v := sinks.FieldOf(info, lhs); v != nil {
				st.writes = append(st.writes, write{to: v.Origin(), expr: n.Rhs[i], kind: FieldWrite})
			}
		}
	case *ast.SendStmt:
		if obj := st.objectOf(n.Chan); obj != nil {
			st.writes = append(st.writes, write{to: obj, expr: n.Value, kind: ChanSend})
		}
	case *ast.ReturnStmt:
		for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			for i, e := range n.Results {
				st.returns = append(st.returns, ret{fn: fc.Node(), index: i, expr: e})
			}
			if d, ok := fc.Node().(*ast.FuncDecl); ok && len(n.Results) == 0 {
				if fn, ok := info.Defs[d.Name].(*types.Func); ok {
					st.bareReturns = append(st.bareReturns, fn) // named results: values not at the return
				}
			}
			break // the innermost function
		}
	case *ast.ValueSpec:
		for i, id := range n.Names {
			v, ok := info.Defs[id].(*types.Var)
			if !ok || v.Parent() != st.pass.Pkg.Scope() || i >= len(n.Values) {
				continue // not a package-level variable with its own value
			}
			if lit, ok := ast.Unparen(n.Values[i]).(*ast.CompositeLit); ok {
				if _, isMap := info.TypeOf(lit).Underlying().(*types.Map); isMap {
					st.maps[v] = lit
				}
			}
		}
	}
}

// funcOf returns the function object a FuncDecl or a once-bound FuncLit
// declares.
func (st *state) funcOf(n ast.Node) types.Object {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := st.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			return fn
		}
	case *ast.FuncLit:
		if v := st.values.Binding(n); v != nil {
			return v
		}
	}
	return nil
}

// flowRound follows the writes and returns of carriers one round, and
// reports whether some summary or carrier grew. Writes and returns are
// grouped by their target once, so that a round reads only the carriers'.
func (st *state) flowRound() bool {
	if st.writesTo == nil {
		st.writesTo = make(map[types.Object][]int)
		for i, w := range st.writes {
			st.writesTo[w.to] = append(st.writesTo[w.to], i)
		}
		st.returnsOf = make(map[ast.Node][]int)
		for i, r := range st.returns {
			if r.index == 0 {
				st.returnsOf[r.fn] = append(st.returnsOf[r.fn], i)
			}
		}
	}
	changed := false
	follow := func(e ast.Expr, c *carried) {
		for _, p := range c.roles {
			if st.reach(e, p.Role, p.Unset) {
				changed = true
			}
			if st.flowTo(e, p.Role, p.Unset, c.via, c.pos) {
				changed = true
			}
		}
	}
	for to, idx := range st.writesTo {
		c := st.fieldCarried(to)
		if c == nil {
			continue // not a carrier
		}
		for _, i := range idx {
			follow(st.writes[i].expr, c)
		}
	}
	for fn, idx := range st.returnsOf {
		c := st.results[st.funcOf(fn)]
		if c == nil {
			continue // not a function whose result reaches a sink
		}
		for _, i := range idx {
			follow(st.returns[i].expr, c)
		}
	}
	return changed
}

// flowSites appends the sites of the carriers' writes and returns.
func (st *state) flowSites(sites []Site) []Site {
	add := func(e ast.Expr, kind SiteKind, through types.Object, c *carried) {
		for _, p := range c.roles {
			sites = append(sites, Site{Expr: e, Role: p.Role, Kind: kind, Unset: p.Unset,
				Through: through, Via: c.via, SinkPos: c.pos})
		}
	}
	for _, w := range st.writes {
		if c := st.fieldCarried(w.to); c != nil {
			add(w.expr, w.kind, w.to, c)
		}
	}
	for _, r := range st.returns {
		if fn := st.funcOf(r.fn); fn != nil && r.index == 0 {
			if c := st.results[fn]; c != nil {
				add(r.expr, Returned, fn, c)
			}
		}
	}
	return sites
}

// Elsewhere returns " (reaches Via)" when the site's sink is not on the
// site's line, for a message to name it; else "".
func (s Site) Elsewhere(fset *token.FileSet) string {
	if s.Const != nil {
		if s.Const.Note != "" {
			return " (" + s.Const.Note + ")"
		}
		return " (returned by " + s.Const.By + ")"
	}
	if s.Via == "" {
		return ""
	}
	if s.SinkPos.IsValid() {
		a, b := fset.Position(s.ValueExpr().Pos()), fset.Position(s.SinkPos)
		if a.Filename == b.Filename && a.Line == b.Line {
			return ""
		}
	}
	return " (reaches " + s.Via + ")"
}

// abstract returns callee if it is a method of an interface with
// parameters (a call through it may reach what its implementations
// reach), else nil.
func abstract(callee types.Object) *types.Func {
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	sig := fn.Signature()
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || sig.Params().Len() == 0 {
		return nil
	}
	return fn
}

// implParams returns what the parameters of the interface method m
// reach through the implementations the package can see: the named
// types of this package and of m's own. Only codes, reasons and
// messages are followed this way; bodies are left to their own
// analyzers.
func (st *state) implParams(m *types.Func) []Param {
	var out []Param
	for _, impl := range st.implementations(m) {
		for _, p := range st.paramsOf(impl) {
			if !flows(p.Role) {
				continue // bodies, reads: not followed through interfaces
			}
			dup := false
			for i, q := range out {
				if q.Index == p.Index && q.Role == p.Role {
					dup = true
					if q.Unset != p.Unset {
						out[i].Unset = sinks.UnsetNone
					}
				}
			}
			if !dup {
				out = append(out, p)
			}
		}
	}
	return out
}

// implementations returns the concrete methods that implement the
// interface method m among the named types of this package and of m's.
func (st *state) implementations(m *types.Func) []*types.Func {
	if impls, ok := st.impls[m]; ok {
		return impls
	}
	st.impls[m] = nil // a cycle through itself finds none
	iface, ok := m.Signature().Recv().Type().Underlying().(*types.Interface)
	var impls []*types.Func
	if ok {
		pkgs := []*types.Package{st.pass.Pkg}
		if m.Pkg() != st.pass.Pkg {
			pkgs = append(pkgs, m.Pkg())
		}
		for _, p := range pkgs {
			for _, c := range st.concreteTypes(p) {
				if !c.has(m.Name()) {
					continue // no method of that name: cannot implement it
				}
				t := types.Type(c.named)
				if !types.Implements(t, iface) {
					t = types.NewPointer(t)
					if !types.Implements(t, iface) {
						continue
					}
				}
				obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
				if fn, ok := obj.(*types.Func); ok && abstract(fn) == nil {
					impls = append(impls, fn.Origin())
				}
			}
		}
	}
	st.impls[m] = impls
	return impls
}

// A concreteType is a named type that may implement an interface: not an
// alias, not an interface, not generic.
type concreteType struct {
	named *types.Named
	// methods holds the names in the method sets of the type and its
	// pointer, promoted ones included, when the type is a struct with
	// embedded fields; nil when its methods are the ones it declares.
	methods map[string]bool
}

// has reports whether the type or its pointer may have a method of that
// name: a type without one implements no interface that has it, and
// asking costs far less than types.Implements.
func (c concreteType) has(name string) bool {
	if c.methods != nil {
		return c.methods[name]
	}
	for f := range c.named.Methods() {
		if f.Name() == name {
			return true
		}
	}
	return false
}

// concreteTypes returns the concrete named types of p's scope, in the
// scope's order, once per package: a package calls many interface
// methods, and its scope (and that of io or net/http) may hold hundreds
// of types.
func (st *state) concreteTypes(p *types.Package) []concreteType {
	if c, ok := st.concrete[p]; ok {
		return c
	}
	var out []concreteType
	for _, name := range p.Scope().Names() {
		tn, ok := p.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue // not a concrete named type
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue // generic: its methods are not instantiated here
		}
		c := concreteType{named: n}
		if embeds(n) {
			c.methods = make(map[string]bool)
			methodNames(c.methods, n, make(map[*types.Named]bool))
		}
		out = append(out, c)
	}
	st.concrete[p] = out
	return out
}

// embeds reports whether t is a struct type with an embedded field.
func embeds(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Struct); ok {
		for f := range s.Fields() {
			if f.Embedded() {
				return true
			}
		}
	}
	return false
}

// methodNames adds to names the name of every method of t and *t,
// promoted ones included: a superset of the method set where embedding
// makes a selector ambiguous, which is all a filter needs.
func methodNames(names map[string]bool, t types.Type, seen map[*types.Named]bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if seen[n] {
			return
		}
		seen[n] = true
		for f := range n.Methods() {
			names[f.Name()] = true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		for f := range u.Methods() {
			names[f.Name()] = true
		}
	case *types.Struct:
		for f := range u.Fields() {
			if f.Embedded() {
				methodNames(names, f.Type(), seen)
			}
		}
	}
}

// importedReturn is a call of a function of another package whose result
// reaches a sink here, with the constants its Returns fact lists.
type importedReturn struct {
	call *ast.CallExpr
	fn   *types.Func
	fact *Returns
	role sinks.Role
	u    sinks.Unset
	via  string
	pos  token.Pos
}

// importedCall records a call of the imported fn whose result reaches a
// sink of role r, when fn's fact lists its constant results.
func (st *state) importedCall(call *ast.CallExpr, fn *types.Func, r sinks.Role, u sinks.Unset, via string, pos token.Pos) {
	for _, ir := range st.importedReturns {
		if ir.call == call && ir.role == r {
			return // known
		}
	}
	var f Returns
	if !st.pass.ImportObjectFact(fn, &f) {
		return // no constant results, or not all of them constant
	}
	st.importedReturns = append(st.importedReturns, importedReturn{call, fn, &f, r, u, via, pos})
}

// returnsFact computes the Returns fact of a function of the package:
// one integer result, and a constant at every return.
func (st *state) returnsFacts() map[*types.Func]*Returns {
	facts := make(map[*types.Func]*Returns)
	bad := make(map[*types.Func]bool)
	for _, r := range st.returns {
		d, ok := r.fn.(*ast.FuncDecl)
		if !ok {
			continue // a function literal: no object to hold a fact
		}
		fn, ok := st.pass.TypesInfo.Defs[d.Name].(*types.Func)
		if !ok || bad[fn] || fn.Signature().Results().Len() != 1 {
			continue
		}
		b, ok := fn.Signature().Results().At(0).Type().Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsInteger == 0 {
			bad[fn] = true
			continue // not an integer result
		}
		v, ok := st.values.Int(r.expr)
		if !ok {
			bad[fn] = true
			delete(facts, fn)
			continue // a computed return: the fact would mislead
		}
		f := facts[fn]
		if f == nil {
			f = new(Returns)
			facts[fn] = f
		}
		p := st.pass.Fset.Position(r.expr.Pos())
		f.Values = append(f.Values, v)
		f.Where = append(f.Where, fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line))
	}
	for _, d := range st.bareReturns {
		delete(facts, d)
	}
	return facts
}

// importedSites appends the sites of the calls of other packages'
// functions whose constant results reach a sink here: at the call, with
// the value its fact lists and where the function returns it.
func (st *state) importedSites(sites []Site) []Site {
	for _, ir := range st.importedReturns {
		for i, v := range ir.fact.Values {
			sites = append(sites, Site{Expr: ir.call, Role: ir.role, Kind: Returned, Unset: ir.u,
				Through: ir.fn, Via: ir.via, SinkPos: ir.pos, Const: &ReturnedConst{Value: v, By: ir.fn.Name() + " at " + ir.fact.Where[i]}})
		}
	}
	return sites
}

// A ReturnedConst is the value of a site that another package's function
// returns: the call is the site, the value is in the function's fact.
type ReturnedConst struct {
	Value int64
	By    string // "statusOf at apierr.go:41"
	// Text is the value when it is a string (IsText): the entry of
	// another package's map of reasons.
	Text   string
	IsText bool
	// Note, when set, is what a message says of where the value comes
	// from and goes, in place of "returned by By".
	Note string
}

// Int returns the constant value the site sends, if it is one: a
// function's returned constant, or the value of ValueExpr.
func (s Site) Int(vals interface {
	Int(ast.Expr) (int64, bool)
}) (int64, bool) {
	if s.Const != nil {
		return s.Const.Value, !s.Const.IsText
	}
	return vals.Int(s.ValueExpr())
}

// Text returns the constant string the site sends, if it is one: the
// entry of another package's map, or the value of ValueExpr.
func (s Site) Text(vals interface {
	String(ast.Expr) (string, bool)
}) (string, bool) {
	if s.Const != nil {
		return s.Const.Text, s.Const.IsText
	}
	return vals.String(s.ValueExpr())
}
