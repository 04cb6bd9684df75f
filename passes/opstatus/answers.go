package opstatus

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// How the statuses a function answers are found. The summary's sites
// with the Status role are the places where a status reaches a response,
// directly (w.WriteHeader(404)) or as the argument of a helper whose
// parameter reaches one (writeJSON(w, 404, v)). Each such site whose
// value is a constant is a status its enclosing function answers; a site
// whose value is the function's own parameter is its caller's to say;
// any other value leaves the function open (it answers statuses it
// cannot name). A function also answers the one status of a helper it
// calls that answers exactly one (notFound(w)); a helper that answers
// several is a shared error handler, which answers on its errors' behalf,
// so its statuses are not its callers': they only leave the caller open.
// The result is exported as an Answers fact, so that handlers and
// helpers in other packages are seen through.

// Answers is the fact exported on a function that answers statuses.
type Answers struct {
	Statuses []Answered // sorted by status, one per status
	// Open says that the function also answers statuses it cannot name.
	Open bool
	// Swag says that the function documents itself with a swag comment,
	// against which it is checked where it is declared.
	Swag bool
}

// Answered is one status a function answers and where.
type Answered struct {
	Status int
	At     string // "file.go:12"
	Via    string // the helper it is answered through, or ""
}

// AFact marks Answers as an analysis fact.
func (*Answers) AFact() {}

func (a *Answers) String() string {
	var parts []string
	for _, s := range a.Statuses {
		parts = append(parts, fmt.Sprint(s.Status))
	}
	if a.Open {
		parts = append(parts, "…")
	}
	if a.Swag {
		parts = append(parts, "swag")
	}
	return "answers(" + strings.Join(parts, ", ") + ")"
}

// codes returns the distinct statuses of a.
func (a *Answers) codes() []int {
	var out []int
	for _, s := range a.Statuses {
		out = append(out, s.Status)
	}
	return out
}

// answer is one place in this package where a function answers a status.
type answer struct {
	status int
	pos    token.Pos
	expr   ast.Expr // the status's expression, or nil for a helper's own status
	via    string   // the helper, or ""
}

// funcInfo is what the package knows of one function: a declared
// function or method, or a function literal.
type funcInfo struct {
	node    ast.Node // *ast.FuncDecl or *ast.FuncLit
	depth   int      // 0 for a top-level function
	obj     *types.Func
	params  map[*types.Var]bool
	direct  []answer
	calls   []staticCall   // static calls of functions
	inline  []*ast.FuncLit // function literals it calls where it writes them
	open    bool
	answers []answer // direct, then through helpers
	openAll bool     // open, or through helpers
}

// staticCall is a call of a function or method known statically.
type staticCall struct {
	call   *ast.CallExpr
	callee *types.Func
}

// funcs indexes the package's functions by their syntax.
type funcs struct {
	pass   *analysis.Pass
	list   []*funcInfo
	byNode map[ast.Node]*funcInfo
	byObj  map[*types.Func]*funcInfo
	facts  map[*types.Func]*Answers // imported, memoised (nil: none)
}

// enclosing returns the innermost function whose body holds pos. The
// list is sorted by position, outer functions before the functions they
// hold, so the innermost is the last one that starts before pos and
// holds it.
func (fs *funcs) enclosing(pos token.Pos) *funcInfo {
	i, _ := slices.BinarySearchFunc(fs.list, pos, func(f *funcInfo, p token.Pos) int { return int(f.node.Pos()) - int(p) })
	for i--; i >= 0; i-- {
		f := fs.list[i]
		var body *ast.BlockStmt
		switch n := f.node.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body.Pos() <= pos && pos < body.End() {
			return f
		}
		if f.depth == 0 && f.node.End() <= pos {
			return nil // a top-level function that ended before pos: none holds it
		}
	}
	return nil
}

// newFuncs indexes the functions of the package's files.
func newFuncs(pass *analysis.Pass, insp *inspector.Inspector) *funcs {
	fs := &funcs{pass: pass, byNode: map[ast.Node]*funcInfo{}, byObj: map[*types.Func]*funcInfo{}, facts: map[*types.Func]*Answers{}}
	info := pass.TypesInfo
	addParams := func(f *funcInfo, ft *ast.FuncType) {
		for _, field := range ft.Params.List {
			for _, id := range field.Names {
				if v, ok := info.Defs[id].(*types.Var); ok {
					f.params[v] = true
				}
			}
		}
	}
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		f := &funcInfo{node: cur.Node(), params: map[*types.Var]bool{}}
		for range cur.Parent().Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			f.depth = 1 // nested in another function
			break
		}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				continue // declared in assembly
			}
			f.obj, _ = info.Defs[n.Name].(*types.Func)
			addParams(f, n.Type)
		case *ast.FuncLit:
			addParams(f, n.Type)
		}
		fs.list = append(fs.list, f)
		fs.byNode[f.node] = f
		if f.obj != nil {
			fs.byObj[f.obj] = f
		}
	}
	// The files' positions need not follow the order of pass.Files: the
	// go command parses them concurrently.
	slices.SortStableFunc(fs.list, func(a, b *funcInfo) int { return int(a.node.Pos()) - int(b.node.Pos()) })
	return fs
}

// computeAnswers finds what every function of the package answers and
// exports the facts.
func computeAnswers(pass *analysis.Pass, sum *summary.Result) *funcs {
	fs := newFuncs(pass, sum.Inspector())
	info := pass.TypesInfo
	values := sum.Values()
	for _, s := range sum.Sites() {
		if s.Role != sinks.Status || s.Kind == summary.Comparison {
			continue // a status read or compared is not answered
		}
		f := fs.enclosing(s.Expr.Pos())
		if f == nil {
			continue // a package-level value
		}
		v, ok := values.Int(s.Expr)
		if !ok {
			if id, isID := values.Source(s.Expr).(*ast.Ident); isID && f.params[asVar(info.Uses[id])] {
				continue // the caller's status: the summary makes the helper's parameter a sink
			}
			f.open = true
			continue
		}
		if s.Unset.Means(v) {
			continue // "keep the status already set"
		}
		via := ""
		if s.Helper {
			via = s.Callee.Name()
		}
		f.direct = append(f.direct, answer{status: int(v), pos: s.Expr.Pos(), expr: s.Expr, via: via})
	}
	for cur := range sum.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		f := fs.enclosing(call.Pos())
		if f == nil {
			continue // a package-level call
		}
		if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
			f.inline = append(f.inline, lit) // func() { … }(): its statuses are f's
		} else if fn := typeutil.StaticCallee(info, call); fn != nil {
			f.calls = append(f.calls, staticCall{call, fn})
		}
	}

	// Through helpers: iterate from the direct answers until nothing
	// changes. A helper's count of statuses can grow past one, which
	// takes its status away from its callers, so the rounds are bounded.
	for _, f := range fs.list {
		f.answers, f.openAll = f.direct, f.open
	}
	for round := 0; round < 8; round++ {
		changed := false
		for _, f := range fs.list {
			answers, open := slices.Clone(f.direct), f.open
			for _, lit := range f.inline {
				if g := fs.byNode[lit]; g != nil {
					answers = append(answers, g.answers...)
					open = open || g.openAll
				}
			}
			for _, sc := range f.calls {
				call, callee := sc.call, sc.callee
				codes, calleeOpen, ok := fs.answersOf(callee)
				if !ok {
					continue // answers nothing
				}
				if len(codes) == 1 && !calleeOpen {
					answers = append(answers, answer{status: codes[0], pos: call.Pos(), via: callee.Name()})
				} else {
					open = true // a shared error handler
				}
			}
			if !sameAnswers(answers, f.answers) || open != f.openAll {
				f.answers, f.openAll = answers, open
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return fs
}

// export exports the facts of the package's functions; swagged are those
// with a swag comment.
func (fs *funcs) export(swagged map[*types.Func]bool) {
	for _, f := range fs.list {
		if f.obj != nil && (len(f.answers) > 0 || f.openAll) {
			a := f.fact(fs.pass.Fset)
			a.Swag = swagged[f.obj]
			fs.pass.ExportObjectFact(f.obj, a)
		}
	}
}

func asVar(obj types.Object) *types.Var {
	v, _ := obj.(*types.Var)
	return v
}

func sameAnswers(a, b []answer) bool {
	return slices.EqualFunc(a, b, func(x, y answer) bool { return x.status == y.status && x.pos == y.pos })
}

// fact returns f's answers as a fact: one per status, its first place.
func (f *funcInfo) fact(fset *token.FileSet) *Answers {
	a := &Answers{Open: f.openAll}
	for _, ans := range f.answers {
		if slices.ContainsFunc(a.Statuses, func(s Answered) bool { return s.Status == ans.status }) {
			continue
		}
		p := fset.Position(ans.pos)
		a.Statuses = append(a.Statuses, Answered{Status: ans.status, At: fmt.Sprintf("%s:%d", shortFile(p.Filename), p.Line), Via: ans.via})
	}
	slices.SortFunc(a.Statuses, func(x, y Answered) int { return x.Status - y.Status })
	return a
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// answersOf returns the distinct statuses fn answers and whether it is
// open; ok is false when it answers nothing.
func (fs *funcs) answersOf(fn *types.Func) (codes []int, open, ok bool) {
	fn = fn.Origin()
	if f := fs.byObj[fn]; f != nil {
		for _, a := range f.answers {
			if !slices.Contains(codes, a.status) {
				codes = append(codes, a.status)
			}
		}
		return codes, f.openAll, len(codes) > 0 || f.openAll
	}
	a := fs.importedFact(fn)
	if a == nil {
		return nil, false, false
	}
	return a.codes(), a.Open, true
}

// importedFact returns the Answers fact of a function of another
// package, or nil.
func (fs *funcs) importedFact(fn *types.Func) *Answers {
	if fn.Pkg() == nil || fn.Pkg() == fs.pass.Pkg {
		return nil
	}
	if a, ok := fs.facts[fn]; ok {
		return a
	}
	var a *Answers
	var f Answers
	if fs.pass.ImportObjectFact(fn, &f) {
		a = &f
	}
	fs.facts[fn] = a
	return a
}
