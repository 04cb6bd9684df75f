// Package summary is the analyzer the passes share to follow values into
// sinks: it finds, once per package, every expression that reaches a sink
// of the sink table, directly or through helper functions, and exports a
// fact on every function whose parameters reach one.
//
// How it works. A sink site is an argument of a sink call, the value of a
// sink field in a composite literal or an assignment, or the other operand
// of an ==, != or switch on a sink field. The analyzer traces each site's
// expression back through parentheses, conversions and locals assigned once
// (constval.Values.Source) to a parameter of a function of the package; that
// parameter then reaches the site's sink, with its role. A call of a
// function with such parameters is itself a sink call, so the analyzer
// repeats the tracing over the calls of the package's own helpers until
// nothing changes (a fixpoint: summaries only grow and are finite), and
// reads the facts of helpers imported from other packages. Functions
// literals bound once to a local variable (fail := func(w, code) {…}) are
// helpers too, within their package.
package summary

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/passes/internal/constval"
	"github.com/statuslint/statuslint/passes/internal/params"
	"github.com/statuslint/statuslint/passes/internal/sinks"
)

// Sinks is the fact exported on a function whose parameters reach sinks.
type Sinks struct {
	Params []Param // sorted by Index, then Role
}

// AFact marks Sinks as an analysis fact.
func (*Sinks) AFact() {}

// String prints the fact as sinks(1:status, 2:body), parameter index
// first.
func (f *Sinks) String() string {
	parts := make([]string, len(f.Params))
	for i, p := range f.Params {
		parts[i] = fmt.Sprintf("%d:%s", p.Index, RoleName(p.Role))
	}
	return "sinks(" + strings.Join(parts, ", ") + ")"
}

// Param says that the parameter Index (receiver excluded) reaches a sink
// of role Role. Unset is the value that every sink it reaches with that
// role takes to mean "no code" (sinks.UnsetNone when they disagree).
type Param struct {
	Index int
	Role  sinks.Role
	Unset sinks.Unset
}

// RoleName returns a lowercase name for a role, as facts print it.
func RoleName(r sinks.Role) string { return r.String() }

// SiteKind says where a sink site is.
type SiteKind uint8

const (
	// CallArg is an argument of a call of a table sink or a helper.
	CallArg SiteKind = iota + 1
	// FieldValue is the value given to a sink field, in a composite
	// literal (http.Response{StatusCode: v}) or an assignment (r.StatusCode = v).
	FieldValue
	// Comparison is the other operand of == or != on a sink field
	// (resp.StatusCode == v), or a case of a switch on one. A status
	// compared is read, not sent: its Role is StatusRead.
	Comparison
)

// A Site is one expression whose value reaches a sink.
type Site struct {
	Expr ast.Expr
	Role sinks.Role
	Kind SiteKind

	Call   *ast.CallExpr // CallArg: the call
	Arg    int           // CallArg: the argument index in Call.Args
	Callee types.Object  // CallArg: the sink function or method, or the helper
	Helper bool          // CallArg: Callee is a helper (a summary), not a table row
	Field  *types.Var    // FieldValue, Comparison: the sink field
	// Unset is the value the sink takes to mean "no code" rather than a
	// code to send: its row's, or for a helper, that of every sink its
	// parameter reaches.
	Unset sinks.Unset

	// Value is the expression that gives Expr its value, when that is
	// elsewhere: the receiver of an identity method (X for X.Code()), the
	// entry of a constant map lookup (codes[K]). Nil means Expr itself;
	// ValueExpr says which.
	Value ast.Expr

	// Through is, for a site that reaches its sink through a carrier
	// (FieldWrite, Returned, ChanSend), the field, function or channel.
	Through types.Object
	// Via names the sink a carrier's site reaches ("WriteHeader at
	// api.go:12"); SinkPos is its position when in this package.
	Via     string
	SinkPos token.Pos
	// Const is, for a call of another package's function whose constant
	// results reach the sink, the value it returns (one site per value).
	Const *ReturnedConst
}

// ValueExpr returns the expression whose constant value the site sends:
// Value if set, else Expr.
func (s Site) ValueExpr() ast.Expr {
	if s.Value != nil {
		return s.Value
	}
	return s.Expr
}

// Result is the summary analyzer's result for one package. It is built
// completely before the analyzer returns and never written after, so the
// passes that share it may read it concurrently.
type Result struct {
	relevant  bool
	inspector *inspector.Inspector
	values    *constval.Values
	sites     []Site
	byCall    map[*ast.CallExpr][]int // indices into sites
	local     map[types.Object][]Param
	touched   touched
}

// Relevant reports whether a sink package is in the package's reach: it
// is one, imports one, or imports a package that does, by the InReach
// facts. When it is false the result is empty and a pass should return at
// once.
func (r *Result) Relevant() bool { return r.relevant }

// Inspector returns an inspector of the package's files, for passes that
// walk the syntax themselves (nil when the package is not relevant). Its
// files leave out the package's literal tables (WithoutTables).
func (r *Result) Inspector() *inspector.Inspector { return r.inspector }

// Values returns the package's constant evaluator (nil when the package is
// not relevant).
func (r *Result) Values() *constval.Values { return r.values }

// Sites returns every sink site of the package, in source order.
func (r *Result) Sites() []Site { return r.sites }

// Call returns the sink sites among the arguments of call: table sinks and
// helpers alike, in argument order.
func (r *Result) Call(call *ast.CallExpr) []Site {
	var out []Site
	for _, i := range r.byCall[call] {
		out = append(out, r.sites[i])
	}
	return out
}

// Params returns the summary of a function or local function variable of
// this package: which of its parameters reach which sinks.
func (r *Result) Params(obj types.Object) []Param { return r.local[obj] }

// Analyzer is the summary analyzer of the sink table, shared by the passes.
// It holds no state of its own between packages.
var Analyzer = New(sinks.Table)

// New returns a summary analyzer for the sink table rows. The passes share
// one such analyzer (Analyzer, for the package's table); New with other
// rows is for tests. Two analyzers from New must not run together, since
// they export the same fact type.
func New(rows []sinks.Row) *analysis.Analyzer {
	// The index is built on first use, not when the program starts: go vet
	// starts the program once per package.
	tableIndex := sync.OnceValue(func() *sinks.Index { return sinks.NewIndex(rows) })
	var withDeclared sync.Map // *config.Config -> *sinks.Index: rows and the config file's sinks
	index := func(pass *analysis.Pass) *sinks.Index {
		cfg, ok := pass.ResultOf[config.Analyzer].(*config.Config)
		if !ok || len(cfg.Sinks()) == 0 {
			return tableIndex() // no sinks declared
		}
		if v, ok := withDeclared.Load(cfg); ok {
			return v.(*sinks.Index)
		}
		v, _ := withDeclared.LoadOrStore(cfg, sinks.NewIndex(slices.Concat(rows, Declared(cfg.Sinks()))))
		return v.(*sinks.Index)
	}
	return &analysis.Analyzer{
		Name:       "statuslintsummary",
		Doc:        "find the sink sites of a package and the functions whose parameters reach sinks",
		URL:        "https://github.com/statuslint/statuslint",
		Requires:   []*analysis.Analyzer{config.Analyzer},
		Run:        func(pass *analysis.Pass) (any, error) { return run(pass, index(pass)) },
		ResultType: reflect.TypeFor[*Result](),
		FactTypes: []analysis.Fact{new(Sinks), new(FieldSinks), new(Identity), new(Returns), new(ErrorReturns),
			new(FieldResults), new(MapEntries), new(PassesError), new(SentFields), new(InReach)},
		// Ill-typed code is read as far as its types go.
		RunDespiteErrors: true,
	}
}

// Declared returns the sink rows of the sinks a config file declares: a
// function row, or a method row when the sink names a receiver. A row
// whose role has no name the table knows is left out (the config file
// checks the names).
func Declared(decl []config.SinkRow) []sinks.Row {
	var rows []sinks.Row
	for _, d := range decl {
		r := sinks.Row{Pkg: d.Package, Recv: d.Receiver, Name: d.Function, Kind: sinks.Func, Arg: d.Argument}
		if d.Receiver != "" {
			r.Kind = sinks.Method
		}
		for role := sinks.Status; role <= sinks.RequestBody; role++ {
			if role.String() == d.Role {
				r.Role = role
			}
		}
		if r.Role == 0 {
			continue // not a role of the table
		}
		rows = append(rows, r)
	}
	return rows
}

// pendingCall is a call of a helper of this package, whose summary may
// still grow.
type pendingCall struct {
	call   *ast.CallExpr
	callee types.Object
	table  []sinks.Arg // the call's table sinks
}

type state struct {
	pass    *analysis.Pass
	values  *constval.Values
	matcher *sinks.Matcher
	owners  params.Owners
	local   map[types.Object][]Param
	facts   map[*types.Func][]Param // imported, memoised (nil: none)

	// The flow through carriers (flow.go).
	carriers   map[types.Object]*carried // fields and channels whose values reach sinks
	results    map[types.Object]*carried // functions whose result reaches sinks
	imported   map[*types.Var]*carried   // FieldSinks facts, memoised (nil: none)
	identities map[*types.Func]bool      // identity methods of the package
	maps       map[*types.Var]*ast.CompositeLit
	writes     []write
	returns    []ret
	writesTo   map[types.Object][]int // indices into writes, by field or channel
	returnsOf  map[ast.Node][]int     // indices into returns of a first result, by function
	// Sites whose sink counts only in some places (Where), decided after
	// the walk.
	deferred        []deferredSite
	modify          map[types.Object]bool // functions that are a ReverseProxy's ModifyResponse
	modifyLits      []*ast.FuncLit
	impls           map[*types.Func][]*types.Func       // implementations of interface methods, memoised
	concrete        map[*types.Package][]concreteType   // concreteTypes, memoised
	calls           map[types.Object][]inspector.Cursor // calls of the package's own functions
	importedReturns []importedReturn
	bareReturns     []*types.Func // functions with a bare return: no Returns fact
	errReturns      map[*types.Func]*ErrorReturns
	errCalls        []errorCall
	retReach        map[types.Object]bool // memo of returnReaches
	root            inspector.Cursor
	insp            *inspector.Inspector
	carry           carry // the routes of carry.go
}

func run(pass *analysis.Pass, ix *sinks.Index) (any, error) {
	if !inReach(pass, ix.SinkPackage) {
		return &Result{}, nil // no sink package in reach: nothing can flow
	}
	if cfg, ok := pass.ResultOf[config.Analyzer].(*config.Config); ok && cfg.FactsOnly() && InGOROOT(pass) && pass.Pkg.Path() != "net/http" {
		// A dependency in the standard library, under go vet: its
		// writers are the sink table's rows, and only net/http's own
		// functions (http.NotFound, http.FileServer) answer a handler's
		// request with statuses of their own. (Analysed as the packages
		// of the run, the standard library is checked as any code is.)
		// No InReach either: a package above that reaches a sink only
		// through it calls nothing a fact of ours describes.
		return &Result{}, nil
	}
	pass.ExportPackageFact(new(InReach))
	touched := touch(pass, ix)
	// The inspector is built here, not required from inspect.Analyzer, so
	// that a package without sinks does not pay for one, and over the
	// files without their literal tables, which no pass reads. Tables of
	// struct literals are left out too while no field of theirs reaches a
	// sink; if one does, the package is read again with them.
	files, elems := withoutInert(pass)
	st, fixed, pending := analyse(pass, ix, touched, inspector.New(files))
	if st.carriesAny(elems) {
		st, fixed, pending = analyse(pass, ix, touched, inspector.New(WithoutTables(pass.Files)))
	}
	insp := st.insp

	// Facts for the package's functions.
	for obj, params := range st.local {
		if fn, ok := obj.(*types.Func); ok {
			pass.ExportObjectFact(fn, &Sinks{Params: params})
		}
	}
	for obj, c := range st.carriers {
		if v, ok := obj.(*types.Var); ok && v.IsField() && v.Pkg() == pass.Pkg {
			pass.ExportObjectFact(v, &FieldSinks{Roles: c.roles, Via: c.via})
		}
	}
	for fn := range st.identities {
		pass.ExportObjectFact(fn, new(Identity))
	}
	for fn, f := range st.errReturns {
		pass.ExportObjectFact(fn, f)
	}
	for fn, f := range st.returnsFacts() {
		if fn.Exported() {
			pass.ExportObjectFact(fn, f)
		}
	}
	st.exportCarry()

	// The sites of the calls of local helpers, now that their summaries
	// are complete.
	sites := fixed
	for _, pc := range pending {
		if !touched.sinks {
			break // no helper reaches a sink
		}
		sites = st.helperSites(sites, pc.call, pc.callee, pc.table)
	}
	sites = st.flowSites(sites)
	sites = st.importedSites(sites)
	sites = st.errorCallSites(sites)
	sites = st.fieldCallSites(sites)
	for i := range sites {
		if st.testFile(sites[i].Expr.Pos()) {
			sites[i].Role = readRole(sites[i].Role) // a test's status is an input, never the API's answer
		}
		if sites[i].Const == nil && flows(sites[i].Role) {
			sites[i].Const = st.importedEntry(sites[i].ValueExpr()) // m[K] of another package's map
		}
		if v := st.unwrap(sites[i].Expr); v != sites[i].Expr {
			sites[i].Value = v // x.Code(), codes[K]: the value itself
			if sites[i].Via == "" {
				sites[i].Via, sites[i].SinkPos = st.via(sites[i])
			}
		}
	}
	slices.SortStableFunc(sites, func(a, b Site) int { return cmp.Compare(a.Expr.Pos(), b.Expr.Pos()) })
	byCall := make(map[*ast.CallExpr][]int)
	for i, s := range sites {
		if s.Call != nil {
			byCall[s.Call] = append(byCall[s.Call], i)
		}
	}
	return &Result{relevant: true, inspector: insp, values: st.values, sites: sites, byCall: byCall, local: st.local, touched: touched}, nil
}

// fixpoint follows the sites into parameters and carriers, then the calls
// of the package's helpers and the carriers' writes, until no summary
// grows.
func (st *state) fixpoint(fixed []Site, pending []pendingCall) {
	info := st.pass.TypesInfo
	for _, s := range fixed {
		st.reach(s.Expr, s.Role, s.Unset)
		via, pos := st.via(s)
		st.flowTo(s.Expr, s.Role, s.Unset, via, pos)
	}
	for changed := true; changed; {
		changed = false
		for _, pc := range pending {
			for _, p := range st.paramsOf(pc.callee) {
				i, ok := sinks.Argument(info, pc.call, p.Index)
				if !ok {
					continue // no argument of its own
				}
				if st.reach(pc.call.Args[i], p.Role, p.Unset) {
					changed = true
				}
				via, pos := st.via(Site{Expr: pc.call.Args[i], Callee: pc.callee})
				if st.flowTo(pc.call.Args[i], p.Role, p.Unset, via, pos) {
					changed = true
				}
			}
		}
		if st.flowRound() {
			changed = true
		}
		if st.fieldCallRound() {
			changed = true
		}
	}
}

// readRole returns the role of a value compared with a sink field of role
// r: a comparison reads a status, it does not send one.
func readRole(r sinks.Role) sinks.Role {
	if r == sinks.Status {
		return sinks.StatusRead
	}
	return r
}

// helperSites appends the sites of a call of the helper callee (local,
// or imported with a fact), leaving out the arguments that table rows of
// the same call already make sites with the same role (http.Error is a
// table row, and its body calls WriteHeader).
func (st *state) helperSites(sites []Site, call *ast.CallExpr, callee types.Object, table []sinks.Arg) []Site {
	params := st.paramsOf(callee)
	if len(params) == 0 {
		return sites // not a helper
	}
next:
	for _, p := range params {
		i, ok := sinks.Argument(st.pass.TypesInfo, call, p.Index)
		if !ok {
			continue // no argument of its own
		}
		for _, a := range table {
			if a.Index == i && a.Row.Role == p.Role {
				continue next // the table row says so already
			}
		}
		sites = append(sites, Site{Expr: call.Args[i], Role: p.Role, Kind: CallArg,
			Call: call, Arg: i, Callee: callee, Helper: true, Unset: p.Unset})
	}
	return sites
}

// paramsOf returns the summary of a callee: this package's own, or an
// imported fact.
func (st *state) paramsOf(callee types.Object) []Param {
	switch obj := callee.(type) {
	case *types.Func:
		obj = obj.Origin()
		if obj.Pkg() == nil {
			return nil // a universe method
		}
		if abstract(obj) != nil {
			return st.implParams(obj)
		}
		if obj.Pkg() == st.pass.Pkg {
			return st.local[obj]
		}
		if params, ok := st.facts[obj]; ok {
			return params
		}
		var f Sinks
		var params []Param
		if st.pass.ImportObjectFact(obj, &f) {
			params = f.Params
		}
		st.facts[obj] = params
		return params
	case *types.Var:
		return st.local[obj]
	}
	return nil
}

// field returns the sink field that e selects, with its row.
func (st *state) field(e ast.Expr) (sinks.Row, *types.Var, bool) {
	v := sinks.FieldOf(st.pass.TypesInfo, e)
	if v == nil {
		return sinks.Row{}, nil, false
	}
	row, ok := st.matcher.Field(v)
	return row, v, ok
}

// analyse builds the package's state over insp: the walk of pass 1 and
// the summaries' fixpoint. It exports no fact.
func analyse(pass *analysis.Pass, ix *sinks.Index, touched touched, insp *inspector.Inspector) (*state, []Site, []pendingCall) {
	st := &state{
		insp:    insp,
		pass:    pass,
		values:  constval.Empty(pass.TypesInfo),
		matcher: ix.Matcher(pass.Pkg, pass.TypesInfo),
		owners:  make(params.Owners),
		local:   make(map[types.Object][]Param),
		facts:   make(map[*types.Func][]Param),

		carriers:   make(map[types.Object]*carried),
		results:    make(map[types.Object]*carried),
		imported:   make(map[*types.Var]*carried),
		identities: make(map[*types.Func]bool),
		maps:       make(map[*types.Var]*ast.CompositeLit),
		modify:     make(map[types.Object]bool),
		root:       insp.Root(),
		impls:      make(map[*types.Func][]*types.Func),
		concrete:   make(map[*types.Package][]concreteType),
		calls:      make(map[types.Object][]inspector.Cursor),
		retReach:   make(map[types.Object]bool),
		errReturns: make(map[*types.Func]*ErrorReturns),
	}
	info := pass.TypesInfo

	// Pass 1: the parameters of the package's functions, methods and
	// once-bound function literals; the sites of table sinks, which do not
	// change; and the calls of helpers.
	// The walk also indexes the local variables for st.values.
	var fixed []Site
	var pending []pendingCall
	var lits []*ast.FuncLit
	nodeTypes := append([]ast.Node{
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil),
		(*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil),
		(*ast.SendStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.KeyValueExpr)(nil)}, constval.RecordTypes...)
	for cur := range insp.Root().Preorder(nodeTypes...) {
		st.values.Record(cur.Node())
		st.recordFlow(cur)
		st.recordCarry(cur.Node())
		st.recordModify(cur)
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				st.owners.Add(pass.TypesInfo, fn, n.Type)
			}
		case *ast.FuncLit:
			lits = append(lits, n) // its binding is known after the walk
		case *ast.CallExpr:
			var args []sinks.Arg
			if touched.sinks {
				args = st.matcher.Call(n) // (no sink is called where none is referred to)
			}
			callee := typeutil.Callee(info, n)
			for _, a := range args {
				s := Site{Expr: n.Args[a.Index], Role: a.Row.Role, Kind: CallArg,
					Call: n, Arg: a.Index, Callee: callee, Unset: a.Row.Unset}
				if a.Row.Where != sinks.Anywhere {
					st.deferred = append(st.deferred, deferredSite{s, cur, a.Row.Where})
					continue // decided once the package is read
				}
				fixed = append(fixed, s)
			}
			if local := params.Local(st.pass.Pkg, callee); local != nil {
				pending = append(pending, pendingCall{n, local, args})
				st.calls[local] = append(st.calls[local], cur)
			} else if m := abstract(callee); m != nil {
				pending = append(pending, pendingCall{n, m, args}) // its implementations' summaries may grow
			} else {
				if touched.sinks {
					fixed = st.helperSites(fixed, n, callee, args)
				}
				st.recordErrorCall(cur, callee)
			}
		case *ast.CompositeLit:
			fixed = st.literalSites(fixed, n, cur)
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue // a tuple assignment: no expression per field
			}
			for i, lhs := range n.Lhs {
				if row, v, ok := st.field(lhs); ok {
					s := Site{Expr: n.Rhs[i], Role: row.Role, Kind: FieldValue, Field: v}
					if row.Where == sinks.Handled {
						st.deferred = append(st.deferred, deferredSite{s, cur, row.Where})
						continue // decided once the package is read
					}
					fixed = append(fixed, s)
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue // range checks and arithmetic say nothing about one status
			}
			if row, v, ok := st.field(n.X); ok {
				fixed = append(fixed, Site{Expr: n.Y, Role: readRole(row.Role), Kind: Comparison, Field: v})
			} else if row, v, ok := st.field(n.Y); ok {
				fixed = append(fixed, Site{Expr: n.X, Role: readRole(row.Role), Kind: Comparison, Field: v})
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				continue // switch { case … }: its cases are conditions, seen as BinaryExprs
			}
			row, v, ok := st.field(n.Tag)
			if !ok {
				continue // not a switch on a sink field
			}
			for _, stmt := range n.Body.List {
				for _, e := range stmt.(*ast.CaseClause).List {
					fixed = append(fixed, Site{Expr: e, Role: readRole(row.Role), Kind: Comparison, Field: v})
				}
			}
		}
	}

	for _, lit := range lits {
		if v := st.values.Binding(lit); v != nil {
			st.owners.Add(pass.TypesInfo, v, lit.Type)
		}
	}

	// Pass 2: parameters and carriers reached by table sinks, then by
	// helpers and carriers, until no summary grows; then again with the
	// sites that count only in some places, which the first summaries
	// decide (a helper's parameter that reaches c.Error).
	if touched.sinks {
		// (In a package that refers to no sink and to no object with a
		// flow fact there is no site to start from, and nothing grows.)
		st.fixpoint(fixed, pending)
		n := len(fixed)
		fixed = st.decide(fixed)
		st.fixpoint(fixed[n:], pending)
	}
	return st, fixed, pending
}

// literalSites appends the sites of the sink fields set by a struct
// composite literal, keyed or not.
func (st *state) literalSites(sites []Site, lit *ast.CompositeLit, cur inspector.Cursor) []Site {
	tv, ok := st.pass.TypesInfo.Types[lit]
	if !ok {
		return sites // ill-typed
	}
	s, ok := tv.Type.Underlying().(*types.Struct)
	if !ok {
		return sites // a slice, map or array literal
	}
	for v, val := range sinks.LiteralFields(st.pass.TypesInfo, lit, s) {
		if row, ok := st.matcher.Field(v); ok {
			s := Site{Expr: val, Role: row.Role, Kind: FieldValue, Field: v}
			if row.Where != sinks.Anywhere {
				st.deferred = append(st.deferred, deferredSite{s, cur, row.Where})
				continue // decided once the package is read
			}
			sites = append(sites, s)
		}
	}
	return sites
}

// reach records that the parameter e's value comes from, if any, reaches a
// sink of role r that takes u to mean "no code", and reports whether that
// is new. A parameter that reaches sinks of one role with different
// values for "no code" keeps none: every value of it is sent somewhere.
func (st *state) reach(e ast.Expr, r sinks.Role, u sinks.Unset) bool {
	id, ok := st.values.Source(e).(*ast.Ident)
	if !ok {
		return false // not a variable
	}
	v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	o, ok := st.owners[v]
	if !ok {
		return false // not a parameter of a helper
	}
	p := Param{Index: o.Index, Role: r, Unset: u}
	params := st.local[o.Fn]
	i, found := slices.BinarySearchFunc(params, p, func(a, b Param) int {
		return cmp.Or(cmp.Compare(a.Index, b.Index), cmp.Compare(a.Role, b.Role))
	})
	if found {
		if params[i].Unset == u || params[i].Unset == sinks.UnsetNone {
			return false // known already, or no value is "no code" for it
		}
		params[i].Unset = sinks.UnsetNone // the sinks disagree: it only shrinks, so the fixpoint ends
		return true
	}
	st.local[o.Fn] = slices.Insert(params, i, p)
	return true
}

// InGOROOT reports whether the package is the standard library's (its
// files are under GOROOT/src). The sink tables model the standard
// library's writers, so the passes that walk bodies need no facts from
// it, and skipping it saves them most of a module's dependencies.
func InGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(name, goroot)
}

var goroot = func() string {
	if build.Default.GOROOT == "" {
		return ""
	}
	return filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
}()
