package errorcode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
)

// status checks the status the error body b, whose code c is given by v,
// is sent with: against the status the catalog pairs the code with
// (error-code-status), else against the rule that error bodies go with
// 4xx statuses (error-body-status).
func (r *reporter) status(b *jsonbody.Body, v jsonbody.Value, c code) {
	reach := b.Reach()
	n, ok := r.sentStatus(b)
	if !ok || !catalog.ValidStatus(n) {
		return // the status is not known here
	}
	doc, documented := r.cat.LookupErrorCode(c.Code)
	if !documented {
		return // an undocumented code is reported as such, or is a success envelope's
	}
	if i, isInt := c.Int(); isInt && r.success(int64(i)) {
		return // {code: 0, message: "ok"}: a success envelope
	}
	at, end, where := r.statusSite(reach, v.Expr)
	if r.seen[at] && at != v.Expr.Pos() {
		return // reported through another body at the same place
	}
	switch {
	case doc.Status != 0 && doc.Status != n:
		r.seen[at] = true
		d := analysis.Diagnostic{
			Pos: at, End: end,
			Category: CategoryCodeStatus, URL: URLCodeStatus,
			Message: fmt.Sprintf("error code %s is documented with %s, sent with %s%s", c.show(), describeStatus(int64(doc.Status)), describeStatus(int64(n)), where),
		}
		if fix, ok := r.statusFix(reach.Status, doc.Status); ok && reach.Status != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		r.rep.Report(d)
	case doc.Status == 0 && n < 400 && n >= 100:
		r.seen[at] = true
		r.rep.Report(analysis.Diagnostic{
			Pos: at, End: end,
			Category: CategoryStatus, URL: URL,
			Message: fmt.Sprintf("error code %s sent with status %s%s: %s gives error bodies 4xx statuses", c.show(), describeStatus(int64(n)), where, r.cat.Describe()),
		})
	}
}

// statusSite returns where a status finding goes: the status expression
// when it is written at the call, else the write with the implicit 200, or
// the code when the helper writes its own status; with words that say so.
func (r *reporter) statusSite(reach *jsonbody.Reach, codeExpr ast.Expr) (token.Pos, token.Pos, string) {
	switch {
	case reach.Status != nil && r.file(reach.Status.Pos()) != nil:
		return reach.Status.Pos(), reach.Status.End(), ""
	case reach.Implicit:
		return reach.Call.Pos(), reach.Call.End(), " (no WriteHeader before this write)"
	case reach.Fixed != 0:
		name := "the helper"
		if fn, ok := ast.Unparen(reach.Call.Fun).(*ast.Ident); ok {
			name = fn.Name
		} else if sel, ok := ast.Unparen(reach.Call.Fun).(*ast.SelectorExpr); ok {
			name = sel.Sel.Name
		}
		return codeExpr.Pos(), codeExpr.End(), " by " + name
	}
	return codeExpr.Pos(), codeExpr.End(), ""
}

// statusFix returns the fix that replaces the status expression st, a
// literal or a named constant, with the documented status: by the same
// package's constant where st names one (http.StatusConflict becomes
// http.StatusNotFound), else as the named constant the file can refer to,
// else as a number.
func (r *reporter) statusFix(st ast.Expr, want int) (analysis.SuggestedFix, bool) {
	if st == nil {
		return analysis.SuggestedFix{}, false
	}
	e := ast.Unparen(st)
	f := r.file(e.Pos())
	if f == nil || ast.IsGenerated(f.File) {
		return analysis.SuggestedFix{}, false
	}
	text := ""
	var edits []analysis.TextEdit
	switch x := e.(type) {
	case *ast.BasicLit:
		text = strconv.Itoa(want)
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := x.(*ast.Ident)
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		c, ok := r.pass.TypesInfo.Uses[id].(*types.Const)
		if !ok {
			return analysis.SuggestedFix{}, false // a variable: the status is decided elsewhere
		}
		if name, more, ok := f.StatusConst(e.Pos(), int64(want), r.pass.TypesInfo.TypeOf(e), fiximport.ModulePath(r.pass)); ok {
			text, edits = name, more
		} else {
			_ = c
			text = strconv.Itoa(want)
		}
	default:
		return analysis.SuggestedFix{}, false // computed at the call
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Send the documented status %s", text),
		TextEdits: append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...),
	}, true
}
