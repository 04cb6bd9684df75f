package leak5xx

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/passes/internal/fiximport"
)

// helperFix replaces a statement that writes the leaking body with a call
// of the module's documented-shape helper named by -helper, when each of
// the helper's parameters has a value at the statement: the response
// writer, the request, the error, the status.
func (w *walker) helperFix(sc sinkCall, ff *fiximport.File) (analysis.SuggestedFix, bool) {
	if sc.call == nil || w.stmtNow == nil || ast.Unparen(w.stmtNow.X) != sc.call {
		return analysis.SuggestedFix{}, false // the sink is not a statement of its own
	}
	if !sc.own {
		return analysis.SuggestedFix{}, false // a status written before: the helper would write a second one
	}
	fn := w.documentedHelper()
	if fn == nil || w.fw.responseWriter == nil || fn == w.fr.fn {
		return analysis.SuggestedFix{}, false // none, or the helper itself
	}
	pkg := fn.Pkg()
	var args []string
	var edits []analysis.TextEdit
	sig := fn.Signature()
	takesStatus := false
	for i := range sig.Params().Len() {
		takesStatus = takesStatus || isInt(sig.Params().At(i).Type())
	}
	if !takesStatus && sc.status.v != 500 {
		return analysis.SuggestedFix{}, false // a helper that answers 500 would change this status
	}
	for i := range sig.Params().Len() {
		pt := sig.Params().At(i).Type()
		var arg string
		switch {
		case isNamed(pt, "net/http", "ResponseWriter"):
			arg = w.writerOf(sc.call)
		case isNamed(pt, "net/http", "Request"):
			arg = w.requestInScope()
		case isError(pt):
			arg = w.errorIn(sc.expr)
		case isInt(pt):
			text, more, ok := ff.StatusConst(sc.call.Pos(), int64(sc.status.v), pt, "")
			if ok {
				arg, edits = text, append(edits, more...)
			}
		}
		if arg == "" {
			return analysis.SuggestedFix{}, false // a parameter with no value here
		}
		args = append(args, arg)
	}
	name, more, ok := ff.Ref(sc.call.Pos(), pkg.Path(), pkg.Name(), fn.Name())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	keep := map[string]bool{strings.Split(name, ".")[0]: true}
	for _, a := range args {
		keep[a] = true
	}
	if w.onlyUseExcept(sc.call, keep) {
		return analysis.SuggestedFix{}, false // the call would leave a variable or an import unused
	}
	repl := name + "(" + strings.Join(args, ", ") + ")"
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Answer with %s", repl),
		TextEdits: append([]analysis.TextEdit{{Pos: sc.call.Pos(), End: sc.call.End(), NewText: []byte(repl)}}, append(edits, more...)...),
	}, true
}

// documentedHelper returns the function the fix calls: the one -helper
// names, if this package reaches it; else the one function of this
// package, or of the packages of its module it imports, that its facts
// say writes the documented body. A method is not one: the fix would need
// a receiver.
func (w *walker) documentedHelper() *types.Func {
	if h := w.c.helper; h.name != "" {
		if pkg := lookupImport(w.pass.Pkg, h.pkg); pkg != nil {
			fn, _ := pkg.Scope().Lookup(h.name).(*types.Func)
			return fn
		}
		return nil // not a dependency of this package: an import could cycle
	}
	if w.helperDone {
		return w.helperFn
	}
	w.helperDone = true
	var found []*types.Func
	for fn, s := range w.local {
		if fn.Signature().Recv() == nil && s.documented && w.helperSignature(fn.Signature()) && !w.leaksError(fn.Signature(), s.body) {
			found = append(found, fn)
		}
	}
	module := fiximport.ModulePath(w.pass)
	if module == "" {
		module, _, _ = strings.Cut(w.pass.Pkg.Path(), "/") // as fiximport guesses
	}
	for _, of := range w.pass.AllObjectFacts() {
		l, ok := of.Fact.(*Leaks)
		fn, isFn := of.Object.(*types.Func)
		if ok && isFn && l.Documented && fn.Pkg() != nil && (fn.Pkg().Path() == module || strings.HasPrefix(fn.Pkg().Path(), module+"/")) {
			found = append(found, fn)
		}
	}
	if len(found) == 1 {
		w.helperFn = found[0]
	}
	return w.helperFn
}

func isInt(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// writerOf returns the source of the response writer a sink call writes
// to: an argument, or the receiver of w.Write.
func (w *walker) writerOf(call *ast.CallExpr) string {
	var cands []ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if enc := w.encoderWriter(sel.X); enc != nil {
			cands = append(cands, enc)
		}
		cands = append(cands, sel.X)
	}
	cands = append(cands, call.Args...)
	for _, e := range cands {
		if w.bodyWriterHTTP(e) {
			return types.ExprString(e)
		}
	}
	return ""
}

func (w *walker) bodyWriterHTTP(e ast.Expr) bool {
	t := w.info.TypeOf(e)
	return t != nil && w.fw.responseWriter != nil && types.Implements(t, w.fw.responseWriter)
}

// requestInScope names a parameter of type *http.Request of the function
// being walked.
func (w *walker) requestInScope() string {
	ps := w.fr.sig.Params()
	for i := range ps.Len() {
		if p := ps.At(i); isNamed(p.Type(), "net/http", "Request") && p.Name() != "" && p.Name() != "_" {
			return p.Name()
		}
	}
	return ""
}

// errorIn names the error variable in e (err in err.Error(), in
// fmt.Sprintf("…%v", err)).
func (w *walker) errorIn(e ast.Expr) string {
	var found string
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && w.localVar(id) != nil && isError(w.info.TypeOf(id)) {
			found = id.Name
		}
		return true
	})
	return found
}
