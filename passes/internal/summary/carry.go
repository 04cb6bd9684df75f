package summary

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// The routes across packages that the carriers of flow.go do not take,
// because what carries the value is written in one package and sent in
// another that imports it, or is read in a form that is no single
// expression:
//   - a field of another package's type that reaches a sink here, written
//     by that package's constructors (sendJSON(w, e.HTTPStatus, e) here,
//     with e from apierrors.NewBadRequestError(…)): facts flow from a
//     package to its importers, so the field's package cannot know it is
//     sent. The FieldResults fact on each constructor says which fields of
//     its result get which parameter or constant, and the call here is
//     the site: its argument, or the call itself for a constant, with the
//     constructor and the sink named;
//   - a value received from a channel as v, ok := <-ch, or ranged over
//     (for v := range ch): the channel is the carrier, as for v := <-ch;
//   - a lookup with a constant key in another package's map literal of
//     constants (wsconn.CloseMessages[wsconn.DisallowedIntents]): the
//     MapEntries fact on the map variable gives the entry, and the lookup
//     is the site;
//   - a framework error passed through a helper that returns it (return
//     wrap(echo.NewHTTPError(401, …)) with func wrap(err error) error {
//     log(err); return err }): the helper's call reaches the framework
//     where the value would, and the PassesError fact says so to other
//     packages.

// FieldResults is the fact exported on a function whose result is a
// struct, a pointer to one, or an interface holding one, some exported
// fields of which it sets from a parameter or a constant:
// func NewBadRequestError(…) *HTTPError { return
// NewHTTPError(http.StatusBadRequest, …) }. Fields are named by object
// path, so that a result of type error names its dynamic value's.
type FieldResults struct {
	Fields []FieldResult
}

// FieldResult is one field of a function's result and what sets it.
type FieldResult struct {
	Field string // the field's name, for messages
	Pkg   string // the field's package path
	Path  string // the field's object path in its package (objectpath)
	Param int    // the parameter the field gets (receiver excluded), or -1 for Value
	Value int64  // the constant the field gets, when Param is -1
	Where string // where the constant is written: "errors.go:12"
}

// AFact marks FieldResults as an analysis fact.
func (*FieldResults) AFact() {}

// String prints the fact as fields(Status:0, Status=400), a parameter's
// index after a colon, a constant after an equals sign.
func (f *FieldResults) String() string {
	parts := make([]string, len(f.Fields))
	for i, r := range f.Fields {
		if r.Param < 0 {
			parts[i] = fmt.Sprintf("%s=%d", r.Field, r.Value)
		} else {
			parts[i] = fmt.Sprintf("%s:%d", r.Field, r.Param)
		}
	}
	return "fields(" + strings.Join(parts, ", ") + ")"
}

// MapEntries is the fact exported on an exported package-level map
// variable initialised with a map literal: its entries of constant keys
// and constant integer or string values.
type MapEntries struct {
	Entries []MapEntry
}

// MapEntry is one entry of a map literal.
type MapEntry struct {
	Key    string        // the key's constant, exactly (constant.Value.ExactString)
	Kind   constant.Kind // the key's kind
	Value  int64         // an integer value
	Text   string        // a string value, when IsText
	IsText bool
	Where  string // "codes.go:12"
}

// AFact marks MapEntries as an analysis fact.
func (*MapEntries) AFact() {}

// String prints the fact as entries(3), the number of entries.
func (f *MapEntries) String() string { return fmt.Sprintf("entries(%d)", len(f.Entries)) }

// PassesError is the fact exported on a function that returns one of its
// error parameters (func wrap(err error) error { log(err); return err }):
// a framework error given to it reaches the framework where its call
// does.
type PassesError struct {
	Params []int // sorted, receiver excluded
}

// AFact marks PassesError as an analysis fact.
func (*PassesError) AFact() {}

// String prints the fact as passes-error(0).
func (f *PassesError) String() string { return listFact("passes-error", f.Params) }

// fieldCall is a call of another package's function with a FieldResults
// fact, with the fields of its result resolved.
type fieldCall struct {
	call   *ast.CallExpr
	fn     *types.Func
	fields []*types.Var // by index of entries
	fact   []FieldResult
}

// carry is the state of this file's routes, kept apart from state's.
type carry struct {
	fieldCalls []fieldCall
	fieldFacts map[*types.Func][]FieldResult // imported, memoised
	mapFacts   map[*types.Var]*MapEntries    // imported, memoised (nil: none)
	received   map[*types.Var]ast.Expr       // v of v, ok := <-ch and for v := range ch: the channel
	passed     map[types.Object][]int        // this package's functions that return an error parameter
	elsewhere  map[string]*carried           // SentFields of the packages imported, by package path and object path
	packages   map[string]*types.Package     // the packages imported, directly or not, by path
	enc        objectpath.Encoder
}

// importedPackage returns the package of the path among those the
// package imports, directly or not.
func (st *state) importedPackage(path string) *types.Package {
	if st.carry.packages == nil {
		st.carry.packages = make(map[string]*types.Package)
		var add func(p *types.Package)
		add = func(p *types.Package) {
			if _, seen := st.carry.packages[p.Path()]; seen {
				return
			}
			st.carry.packages[p.Path()] = p
			for _, q := range p.Imports() {
				add(q)
			}
		}
		add(st.pass.Pkg)
	}
	return st.carry.packages[path]
}

// recordCarry indexes, in the first walk, what this file's routes need:
// calls of constructors of other packages, and receives of two values
// or by range.
func (st *state) recordCarry(n ast.Node) {
	info := st.pass.TypesInfo
	switch n := n.(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, n).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == st.pass.Pkg || fn.Signature().Results().Len() == 0 {
			return // not a function of another package with a result
		}
		fact := st.importedFieldResults(fn.Origin())
		if len(fact) == 0 {
			return // sets no field of its result that the fact could name
		}
		fc := fieldCall{call: n, fn: fn, fact: fact}
		for _, r := range fact {
			var field *types.Var
			if pkg := st.importedPackage(r.Pkg); pkg != nil {
				if obj, err := objectpath.Object(pkg, objectpath.Path(r.Path)); err == nil {
					if v, ok := obj.(*types.Var); ok && v.IsField() {
						field = v.Origin()
					}
				}
			}
			fc.fields = append(fc.fields, field)
		}
		st.carry.fieldCalls = append(st.carry.fieldCalls, fc)
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE || len(n.Lhs) != 2 || len(n.Rhs) != 1 {
			return // not v, ok := <-ch
		}
		if u, ok := ast.Unparen(n.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			st.received(n.Lhs[0], u.X)
		}
	case *ast.RangeStmt:
		if n.Tok != token.DEFINE || n.Key == nil {
			return // not for v := range ch
		}
		if t := info.TypeOf(n.X); t != nil {
			if _, ok := t.Underlying().(*types.Chan); ok {
				st.received(n.Key, n.X)
			}
		}
	}
}

// received records that the variable lhs defines is received from ch.
func (st *state) received(lhs, ch ast.Expr) {
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return
	}
	v, ok := st.pass.TypesInfo.Defs[id].(*types.Var)
	if !ok {
		return // _
	}
	if st.carry.received == nil {
		st.carry.received = make(map[*types.Var]ast.Expr)
	}
	st.carry.received[v] = ch
}

// receivedFrom returns the channel the variable id names was received
// from, if it is such a variable and is never written again.
func (st *state) receivedFrom(id *ast.Ident) types.Object {
	v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	ch, ok := st.carry.received[v]
	if !ok || st.values.Rewritten(v) {
		return nil // not received, or given another value since
	}
	return st.objectOf(ch)
}

// importedFieldResults returns the FieldResults fact of another package's
// function, memoised.
func (st *state) importedFieldResults(fn *types.Func) []FieldResult {
	if r, ok := st.carry.fieldFacts[fn]; ok {
		return r
	}
	if st.carry.fieldFacts == nil {
		st.carry.fieldFacts = make(map[*types.Func][]FieldResult)
	}
	var f FieldResults
	var r []FieldResult
	if st.pass.ImportObjectFact(fn, &f) {
		r = f.Fields
	}
	st.carry.fieldFacts[fn] = r
	return r
}

// localCarrier returns what reaches the field v through this package's
// sinks, when its own package's facts do not say it already (there, its
// writes are sites of that package, and its constructors' parameters
// helpers' parameters).
func (st *state) localCarrier(v *types.Var) *carried {
	c := st.carriers[v]
	if c == nil {
		return nil // reaches no sink here
	}
	return st.unnamed(v, c)
}

// fieldCarrier returns what reaches the field v of another package's
// type, through this package's sinks or those of a package it imports,
// when v's own package's facts do not say it already.
func (st *state) fieldCarrier(v *types.Var) *carried {
	if c := st.localCarrier(v); c != nil {
		return c
	}
	if c := st.sentElsewhere(v); c != nil {
		return st.unnamed(v, c)
	}
	return nil
}

// unnamed returns c if no FieldSinks fact of v's package names v, else
// nil.
func (st *state) unnamed(v *types.Var, c *carried) *carried {
	if imp, ok := st.imported[v]; ok {
		if imp != nil {
			return nil // its package knows
		}
		return c
	}
	var fact FieldSinks
	if st.pass.ImportObjectFact(v, &fact) {
		return nil // its package knows
	}
	return c
}

// fieldCallRound follows the parameters of other packages' constructors
// whose fields reach sinks here, one round, and reports whether some
// summary or carrier grew.
func (st *state) fieldCallRound() bool {
	changed := false
	for _, fc := range st.carry.fieldCalls {
		for i, r := range fc.fact {
			if r.Param < 0 || fc.fields[i] == nil {
				continue // a constant: a site, nothing to follow
			}
			c := st.fieldCarrier(fc.fields[i])
			if c == nil {
				continue
			}
			j, ok := sinks.Argument(st.pass.TypesInfo, fc.call, r.Param)
			if !ok {
				continue // no argument of its own
			}
			for _, p := range c.roles {
				if st.reach(fc.call.Args[j], p.Role, p.Unset) {
					changed = true
				}
				if st.flowTo(fc.call.Args[j], p.Role, p.Unset, c.via, c.pos) {
					changed = true
				}
			}
		}
	}
	return changed
}

// fieldCallSites appends the sites of other packages' constructors whose
// fields reach sinks here: the argument a field gets, or the call for a
// constant the constructor sets.
func (st *state) fieldCallSites(sites []Site) []Site {
	for _, fc := range st.carry.fieldCalls {
		for i, r := range fc.fact {
			if fc.fields[i] == nil {
				continue
			}
			c := st.fieldCarrier(fc.fields[i])
			if c == nil {
				continue // the field reaches no sink here
			}
			for _, p := range c.roles {
				s := Site{Role: p.Role, Kind: FieldWrite, Unset: p.Unset, Through: fc.fields[i], Via: c.via, SinkPos: c.pos}
				if r.Param >= 0 {
					j, ok := sinks.Argument(st.pass.TypesInfo, fc.call, r.Param)
					if !ok {
						continue // no argument of its own
					}
					s.Expr = fc.call.Args[j]
				} else {
					s.Expr = fc.call
					by := fc.fn.Name() + " at " + r.Where
					s.Const = &ReturnedConst{Value: r.Value, By: by,
						Note: fmt.Sprintf("%s set by %s, reaches %s", r.Field, by, c.via)}
				}
				sites = append(sites, s)
			}
		}
	}
	return sites
}

// fieldResults computes the FieldResults facts of the package's exported
// functions: for each return of a struct literal, or of a call of a
// function with such a fact and the same result type, which fields get
// which parameter or constant.
func (st *state) fieldResults() map[*types.Func][]FieldResult {
	out := make(map[*types.Func][]FieldResult)
	for changed, round := true, 0; changed && round < 8; round++ {
		changed = false
		for _, r := range st.returns {
			d, ok := r.fn.(*ast.FuncDecl)
			if !ok || r.index != 0 {
				continue // a function literal, or a result beside the first
			}
			fn, ok := st.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if !ok || fn.Signature().Results().Len() == 0 {
				continue
			}
			for _, fr := range st.resultFields(fn, r.expr, out) {
				if !slices.Contains(out[fn], fr) {
					out[fn] = append(out[fn], fr)
					changed = true
				}
			}
		}
	}
	return out
}

// resultFields returns what the return value e of fn sets in fields of
// the result.
func (st *state) resultFields(fn *types.Func, e ast.Expr, local map[*types.Func][]FieldResult) []FieldResult {
	info := st.pass.TypesInfo
	src := st.values.Source(e)
	if u, ok := src.(*ast.UnaryExpr); ok && u.Op == token.AND {
		src = st.values.Source(u.X)
	}
	var out []FieldResult
	switch x := src.(type) {
	case *ast.CompositeLit:
		tv, ok := info.Types[x]
		if !ok {
			return nil // ill-typed
		}
		s, ok := tv.Type.Underlying().(*types.Struct)
		if !ok {
			return nil // not a struct
		}
		for v, val := range sinks.LiteralFields(info, x, s) {
			if !v.Exported() || !codeType(v.Type()) {
				continue // no other package reads it, or it holds no code
			}
			path, err := st.carry.enc.For(v.Origin())
			if err != nil {
				continue // a field of a local type: no other package names it
			}
			field := FieldResult{Field: v.Name(), Pkg: v.Pkg().Path(), Path: string(path)}
			if fr, ok := st.fieldValue(fn, field, val); ok {
				out = append(out, fr)
			}
		}
	case *ast.CallExpr:
		g, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok || g.Pkg() == nil || g.Signature().Results().Len() == 0 {
			return nil // not a function with a result
		}
		g = g.Origin()
		if res := fn.Signature().Results().At(0).Type(); !types.Identical(g.Signature().Results().At(0).Type(), res) && !types.IsInterface(res) {
			return nil // another type: its fields are not the result's
		}
		var facts []FieldResult
		if g.Pkg() == st.pass.Pkg {
			facts = local[g]
		} else {
			facts = st.importedFieldResults(g)
		}
		for _, r := range facts {
			if r.Param < 0 {
				out = append(out, r)
				continue
			}
			i, ok := sinks.Argument(info, x, r.Param)
			if !ok {
				continue // no argument of its own
			}
			if fr, ok := st.fieldValue(fn, r, x.Args[i]); ok {
				out = append(out, fr)
			}
		}
	}
	return out
}

// fieldValue returns what sets field (its Field, Pkg and Path) of fn's
// result to e: a constant, or a parameter of fn.
func (st *state) fieldValue(fn *types.Func, field FieldResult, e ast.Expr) (FieldResult, bool) {
	if v, ok := st.values.Int(e); ok {
		p := st.pass.Fset.Position(e.Pos())
		field.Param, field.Value, field.Where = -1, v, fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
		return field, true
	}
	id, ok := st.values.Source(e).(*ast.Ident)
	if !ok {
		return FieldResult{}, false // computed
	}
	v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return FieldResult{}, false
	}
	if o, ok := st.owners[v]; ok && o.Fn == fn {
		field.Param, field.Value, field.Where = o.Index, 0, ""
		return field, true
	}
	return FieldResult{}, false // a local computed, another function's parameter
}

// codeType reports whether t can hold a code or a reason: an integer or
// a string.
func codeType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}

// mapEntriesFacts returns the MapEntries facts of the package's exported
// map variables.
func (st *state) mapEntriesFacts() map[*types.Var]*MapEntries {
	out := make(map[*types.Var]*MapEntries)
	for v, lit := range st.maps {
		if !v.Exported() {
			continue // no other package looks it up
		}
		f := new(MapEntries)
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			k := st.values.Const(kv.Key)
			val := st.values.Const(kv.Value)
			if k == nil || val == nil {
				continue // not constant
			}
			p := st.pass.Fset.Position(kv.Value.Pos())
			e := MapEntry{Key: k.ExactString(), Kind: k.Kind(), Where: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)}
			switch val.Kind() {
			case constant.Int:
				n, exact := constant.Int64Val(val)
				if !exact {
					continue // beyond any code
				}
				e.Value = n
			case constant.String:
				e.Text, e.IsText = constant.StringVal(val), true
			default:
				continue // a float, a bool
			}
			f.Entries = append(f.Entries, e)
		}
		if len(f.Entries) > 0 {
			out[v] = f
		}
	}
	return out
}

// importedEntry returns the value of the entry that e looks up, when e
// is a lookup with a constant key in another package's map with a
// MapEntries fact.
func (st *state) importedEntry(e ast.Expr) *ReturnedConst {
	x, ok := st.values.Source(e).(*ast.IndexExpr)
	if !ok {
		return nil
	}
	v, ok := st.objectOf(x.X).(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg() == st.pass.Pkg || v.IsField() {
		return nil // not another package's variable
	}
	key := st.values.Const(x.Index)
	if key == nil {
		return nil // not a constant key
	}
	f, ok := st.carry.mapFacts[v]
	if !ok {
		if st.carry.mapFacts == nil {
			st.carry.mapFacts = make(map[*types.Var]*MapEntries)
		}
		f = new(MapEntries)
		if !st.pass.ImportObjectFact(v, f) {
			f = nil
		}
		st.carry.mapFacts[v] = f
	}
	if f == nil {
		return nil // not a map literal of constants
	}
	ks := key.ExactString()
	for _, en := range f.Entries {
		if en.Kind == key.Kind() && en.Key == ks {
			by := v.Name() + " at " + en.Where
			return &ReturnedConst{Value: en.Value, Text: en.Text, IsText: en.IsText, By: by, Note: "the entry of " + by}
		}
	}
	return nil
}

// passesOn reports whether call gives arg, one of its arguments, to a
// function that returns that parameter: the call's value is then arg's.
func (st *state) passesOn(call *ast.CallExpr, arg ast.Node) bool {
	fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false // a builtin, a function value
	}
	var params []int
	if fn.Pkg() == st.pass.Pkg {
		params = st.passedParams()[fn.Origin()]
	} else {
		var f PassesError
		if st.pass.ImportObjectFact(fn.Origin(), &f) {
			params = f.Params
		}
	}
	for _, p := range params {
		if i, ok := sinks.Argument(st.pass.TypesInfo, call, p); ok && call.Args[i] == arg {
			return true
		}
	}
	return false
}

// passedParams returns, for each function of the package, the error
// parameters some return of it gives back unchanged as its error result.
func (st *state) passedParams() map[types.Object][]int {
	if st.carry.passed != nil {
		return st.carry.passed
	}
	st.carry.passed = make(map[types.Object][]int)
	for _, r := range st.returns {
		fn, ok := st.funcOf(r.fn).(*types.Func)
		if !ok {
			continue // a function literal: called where it is bound, not followed
		}
		res := fn.Signature().Results()
		if r.index >= res.Len() || !types.Identical(res.At(r.index).Type(), errorType0) {
			continue // not an error result
		}
		id, ok := st.values.Source(r.expr).(*ast.Ident)
		if !ok {
			continue // a new error, a wrapped one
		}
		v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			continue
		}
		if o, ok := st.owners[v]; ok && o.Fn == fn && !slices.Contains(st.carry.passed[fn], o.Index) {
			st.carry.passed[fn] = append(st.carry.passed[fn], o.Index)
		}
	}
	for _, p := range st.carry.passed {
		slices.Sort(p)
	}
	return st.carry.passed
}

// errorType0 is the error type itself.
var errorType0 = types.Universe.Lookup("error").Type()

// exportCarry exports this file's facts on the package's objects.
func (st *state) exportCarry() {
	for fn, fields := range st.fieldResults() {
		if fn.Exported() {
			st.pass.ExportObjectFact(fn, &FieldResults{Fields: fields})
		}
	}
	for v, f := range st.mapEntriesFacts() {
		st.pass.ExportObjectFact(v, f)
	}
	for obj, params := range st.passedParams() {
		if fn, ok := obj.(*types.Func); ok && fn.Exported() {
			st.pass.ExportObjectFact(fn, &PassesError{Params: params})
		}
	}
	st.exportSentFields()
}

// SentFields is the package fact of a package whose sinks read fields of
// other packages' types (sendJSON(w, e.HTTPStatus, e) with e an
// *apierrors.HTTPError): a third package that imports it, directly or
// not, and calls those types' constructors writes fields that are sent.
type SentFields struct {
	Fields []SentField
}

// SentField is one field of another package's type that reaches a sink.
type SentField struct {
	Pkg   string // the field's package path
	Path  string // the field's object path in its package (objectpath)
	Roles []Param
	Via   string // the sink it reaches: "sendJSON at errors.go:212"
}

// AFact marks SentFields as an analysis fact.
func (*SentFields) AFact() {}

// String prints the fact as sent-fields(apierrors.HTTPStatus:status).
func (f *SentFields) String() string {
	parts := make([]string, len(f.Fields))
	for i, s := range f.Fields {
		roles := make([]string, len(s.Roles))
		for j, p := range s.Roles {
			roles[j] = p.Role.String()
		}
		parts[i] = fmt.Sprintf("%s.%s:%s", filepath.Base(s.Pkg), s.Path, strings.Join(roles, "+"))
	}
	return "sent-fields(" + strings.Join(parts, ", ") + ")"
}

// exportSentFields exports the SentFields fact of the package: the fields
// of other packages' types that reach its sinks and that their own
// packages' facts do not name.
func (st *state) exportSentFields() {
	var f SentFields
	for obj, c := range st.carriers {
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg() == st.pass.Pkg || st.localCarrier(v) == nil {
			continue // a channel, a field of this package, or one its package's facts name
		}
		path, err := st.carry.enc.For(v)
		if err != nil {
			continue // a field of no path: of a local type
		}
		f.Fields = append(f.Fields, SentField{Pkg: v.Pkg().Path(), Path: string(path), Roles: c.roles, Via: c.via})
	}
	if len(f.Fields) == 0 {
		return
	}
	slices.SortFunc(f.Fields, func(a, b SentField) int { return cmp.Or(cmp.Compare(a.Pkg, b.Pkg), cmp.Compare(a.Path, b.Path)) })
	st.pass.ExportPackageFact(&f)
}

// sentElsewhere returns what reaches the field v through the sinks of a
// package this one imports, directly or not, by its SentFields fact.
func (st *state) sentElsewhere(v *types.Var) *carried {
	if st.carry.elsewhere == nil {
		st.carry.elsewhere = make(map[string]*carried)
		for _, pf := range st.pass.AllPackageFacts() {
			f, ok := pf.Fact.(*SentFields)
			if !ok {
				continue // another kind of fact
			}
			for _, s := range f.Fields {
				key := s.Pkg + " " + s.Path
				if _, seen := st.carry.elsewhere[key]; !seen {
					st.carry.elsewhere[key] = &carried{roles: s.Roles, via: s.Via}
				}
			}
		}
	}
	if len(st.carry.elsewhere) == 0 || v.Pkg() == nil {
		return nil
	}
	path, err := st.carry.enc.For(v)
	if err != nil {
		return nil
	}
	return st.carry.elsewhere[v.Pkg().Path()+" "+string(path)]
}
