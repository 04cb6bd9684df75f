package closecode

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/internal/summary"
)

// opcodeField is the JSON key of a gateway payload's opcode. Catalogs do
// not name it yet: every gateway of the Discord family, seeds/001
// included, sends {"op": N, "d": …}.
const opcodeField = "op"

// message checks the opcode of a gateway payload the program sends: a
// literal this package builds, or one a helper builds (frameCall).
func (r *reporter) message(s summary.Site) {
	if !r.cat.HasOpcodes() {
		return // no opcode table to hold it to
	}
	lit := r.ev.payload(s.Expr)
	if lit == nil {
		r.frameCall(s)
		return // not a literal payload this package builds
	}
	val := r.opValue(lit)
	if val == nil {
		return // no op field, or left zero
	}
	code, ok := r.ev.Int(val)
	if !ok {
		return // computed
	}
	r.opcode(s, val, code, s.Elsewhere(r.pass.Fset))
}

// opcode reports the opcode code, written at val and sent by the site
// s, if the catalog does not list it or lists it as a client's;
// elsewhere says where it is sent, for the message.
func (r *reporter) opcode(s summary.Site, val ast.Expr, code int64, elsewhere string) {
	if r.seen[val.Pos()] {
		return // one payload sent from two places
	}
	r.seen[val.Pos()] = true
	d := analysis.Diagnostic{Pos: val.Pos(), End: val.End(), URL: URL}
	op, ok := r.cat.Opcode(int(code))
	switch {
	case !ok:
		d.Category = CategoryOpcode
		d.Message = fmt.Sprintf("gateway opcode %d is not documented in %s", code, r.cat.Describe()) + elsewhere
	case op.Direction == catalog.DirClient:
		if r.ends.client(r.pass.TypesInfo, s.Call) {
			return // a client sends it to the server
		}
		d.Category = CategoryClientOpcode
		d.Message = fmt.Sprintf("gateway opcode %d (%s) is sent by clients only, as documented in %s", code, op.Name, r.cat.Describe())
	default:
		return // documented as sent by the server
	}
	r.rep.Report(d)
}

// opValue returns the expression a composite literal gives its opcode
// field: a struct field whose JSON name is "op", or the "op" key of a
// map with string keys; nil when it gives none.
func (r *reporter) opValue(lit *ast.CompositeLit) ast.Expr {
	info := r.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return nil // ill-typed
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		field := -1
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() && jsonName(f, u.Tag(i)) == opcodeField {
				field = i
				break
			}
		}
		if field < 0 {
			return nil // no op field
		}
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && info.Uses[id] == u.Field(field) {
					return kv.Value
				}
				continue // another field
			}
			if i == field {
				return elt
			}
		}
	case *types.Map:
		if b, ok := u.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return nil // not keyed by strings
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue // ill-typed: a map literal's elements have keys
			}
			if k, ok := r.ev.String(kv.Key); ok && k == opcodeField {
				return kv.Value
			}
		}
	}
	return nil
}

// jsonName returns the key encoding/json writes for a struct field.
func jsonName(f *types.Var, tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	switch name {
	case "-":
		return "" // never encoded
	case "":
		return f.Name()
	}
	return name
}

// constantInt returns the value of an integer constant.
func constantInt(c *types.Const) (int64, bool) {
	v := constant.ToInt(c.Val())
	if v.Kind() != constant.Int {
		return 0, false // a string or a fractional float
	}
	return constant.Int64Val(v)
}
