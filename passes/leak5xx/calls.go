package leak5xx

// What a call does: the sinks it reaches, what it writes into local
// writers and builders, and what its results carry.

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/passes/internal/sinks"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// call walks a call and returns the taints of its results.
func (w *walker) call(call *ast.CallExpr, st *state) []Taint {
	if tv, ok := w.info.Types[call.Fun]; ok && tv.IsType() {
		var t Taint
		for _, a := range call.Args {
			t = t.or(w.eval(a, st))
		}
		return []Taint{t} // a conversion
	}
	var recv ast.Expr
	var recvT Taint
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if sel, ok := w.info.Selections[fun]; ok && sel.Kind() == types.MethodVal {
			recv = fun.X
			recvT = w.eval(fun.X, st)
		}
	case *ast.FuncLit:
		for _, a := range call.Args {
			w.eval(a, st)
		}
		w.lit(fun, st)
		return nil
	}
	args := make([]Taint, len(call.Args))
	for i, a := range call.Args {
		args[i] = w.eval(a, st)
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := w.info.Uses[id].(*types.Builtin); ok {
			return w.builtin(b.Name(), call, args, st)
		}
	}
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	w.effects(call, fn, recv, args, st)
	if fn != nil && isExit(fn) {
		st.dead = true
	}
	return w.results(call, fn, recvT, args)
}

func (w *walker) builtin(name string, call *ast.CallExpr, args []Taint, st *state) []Taint {
	var all Taint
	for _, a := range args {
		all = all.or(a)
	}
	switch name {
	case "recover":
		return []Taint{{K: KindPanic}}
	case "append", "min", "max":
		return []Taint{all}
	case "copy":
		if len(call.Args) == 2 {
			w.weak(call.Args[0], args[1], st)
		}
	case "panic":
		st.dead = true
	}
	return []Taint{{}}
}

// isExit reports whether fn ends the program (os.Exit, log.Fatal…).
func isExit(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "os":
		return fn.Name() == "Exit"
	case "log":
		return strings.HasPrefix(fn.Name(), "Fatal") || strings.HasPrefix(fn.Name(), "Panic")
	}
	return false
}

// callArgs returns the taint of each of fn's parameters at call: a
// variadic parameter unites its arguments.
func callArgs(sig *types.Signature, call *ast.CallExpr, args []Taint, recvArgs int) []Taint {
	n := sig.Params().Len()
	out := make([]Taint, n)
	for i, t := range args {
		p := i - recvArgs
		if p < 0 {
			continue
		}
		if p >= n {
			p = n - 1
		}
		if p >= 0 {
			out[p] = out[p].or(t)
		}
	}
	return out
}

// argExpr returns the argument expression of parameter p at call, or nil.
func argExpr(call *ast.CallExpr, p, recvArgs int) ast.Expr {
	if i := p + recvArgs; i >= 0 && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// effects does what a call does to the response and to local writers.
func (w *walker) effects(call *ast.CallExpr, fn *types.Func, recv ast.Expr, args []Taint, st *state) {
	sites := w.sum.Call(call)
	var statusSite *summary.Site
	var bodySites []summary.Site
	for i, s := range sites {
		switch {
		case s.Role == sinks.Status && statusSite == nil:
			statusSite = &sites[i]
		case s.Role == sinks.Body && !s.Helper:
			bodySites = append(bodySites, s)
		}
	}
	if statusSite != nil {
		st.status = w.statusIn(statusSite.Expr, st)
	}
	for _, s := range bodySites {
		enc := fn != nil && sinks.EncodeSinks[fn.Name()]
		w.sink(sinkCall{call: call, fn: fn, expr: s.Expr, t: args[s.Arg], status: st.status, encode: enc, own: statusSite != nil}, st)
	}
	if fn == nil {
		return // a function value
	}
	if len(bodySites) > 0 {
		if rest, ok := formatRow(fn); ok {
			for i := rest; i < len(call.Args); i++ {
				w.sink(sinkCall{call: call, fn: fn, expr: call.Args[i], t: args[i].text(), status: st.status}, st)
			}
		}
	}
	recvArgs := sinks.ReceiverArgs(w.info, call)
	if row, ok := writerRow(fn); ok && !row.Encoder {
		var wr ast.Expr
		if row.Writer >= 0 {
			wr = argExpr(call, row.Writer, recvArgs)
		} else if recv != nil {
			wr = w.encoderWriter(recv)
		}
		last := row.Body
		if row.Rest {
			last = len(call.Args) - 1 - recvArgs
		}
		for p := row.Body; p <= last; p++ {
			e := argExpr(call, p, recvArgs)
			if e == nil || wr == nil {
				continue // no such argument, or an encoder of unknown origin
			}
			t := args[p+recvArgs]
			if !row.Encode {
				t = t.text()
			}
			if w.bodyWriter(wr) {
				w.sink(sinkCall{call: call, fn: fn, expr: e, t: t, status: st.status, encode: row.Encode}, st)
			} else {
				if row.Encode {
					t = t.encoded()
				}
				w.weak(wr, t, st) // a buffer or builder the program writes out later
			}
		}
	}
	if recv != nil && builderMethod(fn) && len(args) > 0 {
		w.weak(recv, args[0].text(), st)
	}
	if isFunc(fn, "runtime", "Stack") && len(call.Args) > 0 {
		w.weak(call.Args[0], Taint{K: KindStack}, st)
	}
	if w.c.shape != nil {
		for _, b := range w.shapesOf(fn) {
			s := w.resolveStatus(b.Status, call, recvArgs, st)
			switch {
			case s.kind == SpecConst && serverError(s.v) && !w.shapeMatches(b.Keys):
				w.report.helperShape(call, fn, s.v, b.Keys)
			case s.kind == SpecParam:
				w.recordShape(BodyShape{Status: s.spec(), Keys: b.Keys})
			}
		}
	}
	if bps := w.bodyParams(fn); len(bps) > 0 {
		targs := callArgs(fn.Signature(), call, args, recvArgs)
		for _, bp := range bps {
			e := argExpr(call, bp.Index, recvArgs)
			if e == nil || bp.Index >= len(targs) {
				continue
			}
			t := targs[bp.Index]
			if bp.Text {
				t = t.text()
			} else if bp.Encode {
				t = t.encoded()
			}
			s, own := w.resolveStatus(bp.Status, call, recvArgs, st), bp.Status.Kind == SpecConst || bp.Status.Kind == SpecParam
			w.sink(sinkCall{call: call, fn: fn, expr: e, t: t, status: s, encode: bp.Encode && !bp.Text, helper: true, own: own}, st)
		}
	}
}

// resolveStatus is the status a helper's response has at a call of it.
func (w *walker) resolveStatus(spec StatusSpec, call *ast.CallExpr, recvArgs int, st *state) status {
	switch spec.Kind {
	case SpecConst:
		return status{kind: SpecConst, v: spec.Value}
	case SpecParam:
		if se := argExpr(call, spec.Value, recvArgs); se != nil {
			return w.statusIn(se, st)
		}
		return unknownStatus
	case SpecInherit:
		return st.status
	}
	return unknownStatus
}

// statusIn is the status an expression gives on the path st: a
// constant, a local holding one on every path here, a parameter of the
// function being walked, or unknown.
func (w *walker) statusIn(e ast.Expr, st *state) status {
	if v, ok := w.vals.Int(e); ok {
		return status{kind: SpecConst, v: int(v)}
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && st != nil {
		if v := w.localVar(id); v != nil {
			if s, ok := st.ints[v]; ok {
				return s
			}
		}
	}
	if id, ok := w.vals.Source(e).(*ast.Ident); ok {
		if v, ok := w.info.Uses[id].(*types.Var); ok {
			if i, ok := w.fr.params[v]; ok {
				return status{kind: SpecParam, v: i}
			}
		}
	}
	return unknownStatus
}

// encoderWriter returns the writer an encoder receiver was made for
// (json.NewEncoder(w), directly or through a local assigned once).
func (w *walker) encoderWriter(recv ast.Expr) ast.Expr {
	call, ok := w.vals.Source(recv).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	if row, ok := writerRow(fn); ok && row.Encoder && row.Writer < len(call.Args) {
		return call.Args[row.Writer]
	}
	return nil
}

// bodyWriter reports whether e is a response body's writer: an
// http.ResponseWriter or one of the framework types that write the body.
func (w *walker) bodyWriter(e ast.Expr) bool {
	t := w.info.TypeOf(e)
	if t == nil {
		return false
	}
	if named := namedOf(t); named != nil && named.Obj().Pkg() != nil {
		for _, b := range sinks.BodyWriters {
			if named.Obj().Pkg().Path() == b.Pkg && named.Obj().Name() == b.Name {
				return true
			}
		}
	}
	if rw := w.fw.responseWriter; rw != nil {
		return types.Implements(t, rw) || !types.IsInterface(t) && types.Implements(types.NewPointer(t), rw)
	}
	return false
}

func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// results returns the taints of a call's results.
func (w *walker) results(call *ast.CallExpr, fn *types.Func, recvT Taint, args []Taint) []Taint {
	var sig *types.Signature
	if fn != nil {
		sig = fn.Signature()
	} else {
		sig, _ = typeUnder(w.info.TypeOf(call.Fun)).(*types.Signature)
	}
	if sig == nil {
		return nil
	}
	n := sig.Results().Len()
	out := make([]Taint, n)
	if n == 0 || handlerOf(sig) != plainFunc {
		return out // nothing, or a handler's error: the framework judges it where that handler returns it
	}
	var all Taint
	for _, a := range args {
		all = all.or(a)
	}
	if fn != nil && fn.Name() == "Error" && sig.Recv() != nil && n == 1 && sig.Params().Len() == 0 && isString(sig.Results().At(0).Type()) {
		out[0] = recvT.text() // err.Error(), on any error type
		return out
	}
	if fn != nil && fn.Pkg() != nil {
		path, name := fn.Pkg().Path(), fn.Name()
		recvName := ""
		if r := sig.Recv(); r != nil {
			if nt := namedOf(r.Type()); nt != nil {
				recvName = nt.Obj().Name()
			}
		}
		switch {
		case path == "fmt" && recvName == "" && (strings.HasPrefix(name, "Sprint") || strings.HasPrefix(name, "Append")):
			out[0] = all.text()
			return out
		case path == "fmt" && name == "Errorf":
			out[0] = all.asError()
			return out
		case path == "errors" && name == "New":
			out[0] = all.asError()
			return out
		case path == "errors" && (name == "Join" || name == "Unwrap"):
			out[0] = all
			return out
		case path == "runtime/debug" && name == "Stack":
			out[0] = Taint{K: KindStack}
			return out
		case (path == "encoding/json" || path == "encoding/xml") && strings.HasPrefix(name, "Marshal") && recvName == "":
			out[0] = all.encoded()
			return out
		case (path == "strings" || path == "bytes") && (recvName == "Builder" || recvName == "Buffer"):
			if name == "String" || name == "Bytes" {
				out[0] = recvT
			}
			return out
		case path == "strings" || path == "bytes" || path == "strconv" && strings.HasPrefix(name, "Quote"):
			for i := range n {
				if textType(sig.Results().At(i).Type()) {
					out[i] = all.or(recvT).text()
				}
			}
			return out
		}
		if rs, ok := w.resultFacts(fn); ok {
			targs := callArgs(sig, call, args, sinks.ReceiverArgs(w.info, call))
			for i := range out {
				if i < len(rs) {
					out[i] = rs[i].subst(targs)
				}
			}
			return out
		}
		if sinkPackages[path] {
			return out // the framework's own errors (an encoding failure): not a detail of the program's
		}
	}
	for i := range n {
		if isError(sig.Results().At(i).Type()) {
			out[i] = Taint{K: KindError} // some error: its text is a detail
		}
	}
	return out
}

func textType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return textType(u.Elem()) || isByte(u.Elem())
	case *types.Pointer:
		return true // *strings.Reader, *bytes.Buffer
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isFunc(fn *types.Func, pkg, name string) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == pkg && fn.Name() == name && fn.Signature().Recv() == nil
}

// builderMethod reports whether fn writes into a strings.Builder or a
// bytes.Buffer (WriteString, Write, WriteByte, WriteRune).
func builderMethod(fn *types.Func) bool {
	r := fn.Signature().Recv()
	if r == nil || fn.Pkg() == nil || !strings.HasPrefix(fn.Name(), "Write") || fn.Name() == "WriteTo" {
		return false
	}
	nt := namedOf(r.Type())
	if nt == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == "strings" && nt.Obj().Name() == "Builder" || p == "bytes" && nt.Obj().Name() == "Buffer"
}

// writerRow returns the writer row fn matches.
func writerRow(fn *types.Func) (sinks.WriterRow, bool) {
	if fn.Pkg() == nil {
		return sinks.WriterRow{}, false
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		nt := namedOf(r.Type())
		if nt == nil {
			return sinks.WriterRow{}, false
		}
		recv = nt.Obj().Name()
	}
	row, ok := writerIndex[[3]string{fn.Pkg().Path(), recv, fn.Name()}]
	return row, ok
}

var writerIndex = func() map[[3]string]sinks.WriterRow {
	m := make(map[[3]string]sinks.WriterRow)
	for _, r := range sinks.WriterRows {
		m[[3]string{r.Pkg, r.Recv, r.Name}] = r
	}
	return m
}()

// formatRow returns the first formatted argument of a formatting body
// sink (gin's c.String(code, format, values…)).
func formatRow(fn *types.Func) (int, bool) {
	r := fn.Signature().Recv()
	if r == nil || fn.Pkg() == nil {
		return 0, false
	}
	nt := namedOf(r.Type())
	if nt == nil {
		return 0, false
	}
	for _, row := range sinks.FormatRows {
		if row.Pkg == fn.Pkg().Path() && row.Recv == nt.Obj().Name() && row.Name == fn.Name() {
			return row.Rest, true
		}
	}
	return 0, false
}
