package opstatus

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/internal/analysisdoc"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

//go:embed doc.go
var doc []byte

// URL is the README section that documents the analyzer.
const URL = "https://github.com/statuslint/statuslint#opstatus"

// Categories of the analyzer's diagnostics.
const (
	CategoryUndocumented = "undocumented-operation-status"
	CategoryUnsent       = "unsent-documented-status"
)

// Options configure one opstatus analyzer.
type Options struct {
	// Catalog is what the API documents. Nil means the configuration's.
	Catalog *catalog.Catalog
}

// Analyzer is the opstatus analyzer configured by statuslint's flags and
// config file (see internal/config).
var Analyzer = New(Options{})

// New returns an opstatus analyzer for opts.
func New(opts Options) *analysis.Analyzer {
	c := &checker{cat: opts.Catalog}
	return &analysis.Analyzer{
		Name:       "opstatus",
		Doc:        analysisdoc.MustExtract(doc, "opstatus"),
		URL:        URL,
		Requires:   []*analysis.Analyzer{config.Analyzer, summary.Analyzer},
		Run:        c.run,
		FactTypes:  []analysis.Fact{new(Answers)},
		ResultType: reflect.TypeFor[*Result](),
		// Ill-typed code is read as far as its types go.
		RunDespiteErrors: true,
	}
}

// Result is what one package's run found: its routes, and the catalog's
// operations, so that a driver can say which operations no package serves.
type Result struct {
	Routes     []Route
	Operations []catalog.Operation
}

// Route is one registered handler, with the operations it serves.
type Route struct {
	Method     string // "" for any method
	Path       string
	Handler    string // "getUser", "(*api).getUser", or "func literal"
	Pos        token.Pos
	Operations []string // "GET /users/{id}"; empty when none matches
	// Swag says that the handler documents itself with swag comments.
	Swag bool
}

type checker struct {
	cat     *catalog.Catalog // nil: the configuration's
	indexes sync.Map         // *catalog.Catalog → *opIndex, built once a catalog
}

// index returns the operation index of cat, built once and shared by the
// packages (a catalog is never written while passes run).
func (c *checker) index(cat *catalog.Catalog) *opIndex {
	if ix, ok := c.indexes.Load(cat); ok {
		return ix.(*opIndex)
	}
	ix, _ := c.indexes.LoadOrStore(cat, newOpIndex(cat.Operations))
	return ix.(*opIndex)
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	if failed, err := cfg.Failed(pass.Pkg); failed {
		return nil, err // a bad catalog or config file, reported once a package
	}
	rep := report.New(pass, cfg, "opstatus")
	defer rep.Finish()
	cat := c.cat
	if cat == nil {
		cat = cfg.Catalog
	}
	res := &Result{Operations: cat.Operations}
	if !rep.PassEnabled() {
		return res, nil // turned off by -disable or the config file
	}
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	if !sum.Relevant() {
		return res, nil // no sink package in reach: no status is answered
	}
	if !sum.Touches(func(obj types.Object) bool {
		fn, ok := obj.(*types.Func)
		return ok && pass.ImportObjectFact(fn.Origin(), new(Answers))
	}) {
		return res, nil // no sink, route table or answering function referred to: no handler here
	}
	fs := computeAnswers(pass, sum)
	ck := &check{pass: pass, rep: rep, fs: fs, seen: map[string]bool{}}

	// Handlers that document themselves.
	swagged := map[*types.Func]bool{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || isTestFile(pass, fd.Pos()) {
				continue // not a handler of the API's
			}
			ops := swagOps(fd.Doc)
			if len(ops) == 0 {
				continue // no swag comment
			}
			fi := fs.byNode[fd]
			if fi == nil {
				continue
			}
			if fi.obj != nil {
				swagged[fi.obj] = true
			}
			for _, so := range ops {
				ck.swag(fi, fd.Name.Name, so)
			}
		}
	}

	fs.export(swagged)
	if cfg.FactsOnly() {
		return res, nil // a dependency under go vet: its routes are not checked
	}

	// Handlers mapped to the document's operations by their routes.
	for _, rt := range findRoutes(pass, sum) {
		r := Route{Method: rt.method, Path: rt.path, Handler: handlerName(rt), Pos: rt.pos}
		if rt.fn != nil {
			a := fs.importedFact(rt.fn.Origin())
			r.Swag = swagged[rt.fn.Origin()] || a != nil && a.Swag
		}
		for _, op := range c.index(cat).serves(rt.method, rt.path) {
			r.Operations = append(r.Operations, op.Name())
			if !r.Swag {
				ck.route(rt, op)
			}
		}
		res.Routes = append(res.Routes, r)
	}
	return res, nil
}

func handlerName(rt route) string {
	switch {
	case rt.fn != nil:
		if recv := rt.fn.Signature().Recv(); recv != nil {
			return types.TypeString(recv.Type(), types.RelativeTo(rt.fn.Pkg())) + "." + rt.fn.Name()
		}
		return rt.fn.Pkg().Name() + "." + rt.fn.Name()
	case rt.lit != nil:
		return "func literal"
	}
	return types.ExprString(rt.handler)
}

// check reports the findings of one package.
type check struct {
	pass *analysis.Pass
	rep  *report.Reporter
	fs   *funcs
	seen map[string]bool // a finding's position, operation and status
}

func throughVia(via string) string {
	if via == "" {
		return ""
	}
	return " (through " + via + ")"
}

// route checks a handler registered for an operation of the document.
func (ck *check) route(rt route, op catalog.Operation) {
	where := op.Name()
	if op.Pos.File != "" {
		where += " in " + op.Pos.String()
	}
	var fi *funcInfo
	if rt.lit != nil {
		fi = ck.fs.byNode[rt.lit]
	} else if rt.fn != nil {
		fi = ck.fs.byObj[rt.fn.Origin()]
	}
	if fi != nil {
		ck.answers(fi, op, where)
		return
	}
	if rt.fn == nil {
		return // a handler made at run time: its statuses are not known here
	}
	a := ck.fs.importedFact(rt.fn.Origin())
	if a == nil || a.Swag {
		return // answers no status it names, or is checked against its swag comment where it is declared
	}
	for _, s := range a.Statuses {
		if op.Documents(s.Status) || !ck.once(rt.handler.Pos(), op, s.Status) {
			continue
		}
		ck.rep.Report(analysis.Diagnostic{
			Pos: rt.handler.Pos(), End: rt.handler.End(), Category: CategoryUndocumented,
			Message: fmt.Sprintf("%s answers status %s at %s%s, which %s does not document (documented: %s)",
				handlerName(rt), report.Status(s.Status), s.At, throughVia(s.Via), where, op.Documented()),
		})
	}
}

// swag checks a handler against its own swag comment.
func (ck *check) swag(fi *funcInfo, name string, so swagOp) {
	where := fmt.Sprintf("%s by its swag comment at %s", so.op.Name(), ck.line(so.router))
	ck.answers(fi, so.op, where)
	if fi.openAll {
		return // it answers statuses it cannot name: none is known unsent
	}
	for _, s := range so.op.Statuses {
		if s == 200 || slices.ContainsFunc(fi.answers, func(a answer) bool { return a.status == s }) {
			continue // answered; 200 is what a handler that sets no status answers
		}
		ck.rep.Report(analysis.Diagnostic{
			Pos: so.lines[s], Category: CategoryUnsent,
			Message: fmt.Sprintf("status %s is documented for %s, but %s never answers it", report.Status(s), so.op.Name(), name),
		})
	}
}

func (ck *check) line(pos token.Pos) string {
	p := ck.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", shortFile(p.Filename), p.Line)
}

func (ck *check) once(pos token.Pos, op catalog.Operation, status int) bool {
	k := fmt.Sprint(pos, op.Name(), status)
	if ck.seen[k] {
		return false
	}
	ck.seen[k] = true
	return true
}

// answers reports each status the handler answers that op does not
// document, where the handler answers it.
func (ck *check) answers(fi *funcInfo, op catalog.Operation, where string) {
	for _, a := range fi.answers {
		if op.Documents(a.status) || !ck.once(a.pos, op, a.status) {
			continue
		}
		end := a.pos
		if a.expr != nil {
			end = a.expr.End()
		}
		d := analysis.Diagnostic{
			Pos: a.pos, End: end, Category: CategoryUndocumented,
			Message: fmt.Sprintf("status %s%s is not documented for %s (documented: %s)", report.Status(a.status), throughVia(a.via), where, op.Documented()),
		}
		if a.expr != nil {
			d.SuggestedFixes = ck.fix(a, op)
		}
		ck.rep.Report(d)
	}
}

// fix replaces a success status with the one 2xx status op documents,
// when there is exactly one and no 2XX range or default: a handler that
// answers 200 where POST /users documents 201 alone.
func (ck *check) fix(a answer, op catalog.Operation) []analysis.SuggestedFix {
	if op.Default {
		return nil // any status is documented: nothing to replace
	}
	class := a.status / 100
	if class != 2 {
		// An error status names a condition (409: the user exists); the
		// operation's one error status of the class (404) names another.
		return nil
	}
	var want []int
	for _, s := range op.Statuses {
		if s/100 == class {
			want = append(want, s)
		}
	}
	for _, r := range op.Ranges {
		if int(r[0]-'0') == class {
			return nil
		}
	}
	if len(want) != 1 {
		return nil // none or several: the document does not say which
	}
	to := want[0]
	var text string
	switch e := ast.Unparen(a.expr).(type) {
	case *ast.BasicLit:
		if e.Kind != token.INT {
			return nil
		}
		text = strconv.Itoa(to)
	case *ast.SelectorExpr:
		c, ok := ck.pass.TypesInfo.Uses[e.Sel].(*types.Const)
		if !ok || c.Pkg() == nil || c.Pkg().Path() != "net/http" {
			return nil // a module's own constant: its name is the module's to choose
		}
		name := netHTTPName(c.Pkg(), to)
		if name == "" {
			return nil
		}
		return []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %s with %s, the %dxx status %s documents", e.Sel.Name, name, class, op.Name()),
			TextEdits: []analysis.TextEdit{{Pos: e.Sel.Pos(), End: e.Sel.End(), NewText: []byte(name)}},
		}}
	default:
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Replace %d with %d, the %dxx status %s documents", a.status, to, class, op.Name()),
		TextEdits: []analysis.TextEdit{{Pos: a.expr.Pos(), End: a.expr.End(), NewText: []byte(text)}},
	}}
}

// netHTTPName returns the name of net/http's constant for a status.
func netHTTPName(pkg *types.Package, status int) string {
	for _, name := range pkg.Scope().Names() {
		if c, ok := pkg.Scope().Lookup(name).(*types.Const); ok && len(name) > 6 && name[:6] == "Status" {
			if v, ok := constant.Int64Val(c.Val()); ok && v == int64(status) {
				return name
			}
		}
	}
	return ""
}
