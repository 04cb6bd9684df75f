package fiximport

import (
	"go/constant"
	"go/types"
)

// Consts finds the constants of packages by value. A fix that names "the
// constant of value v" looks in the package and the module packages it
// imports at every site it fixes; reading each scope once, here, keeps a
// package of N sites linear in N (a scan of the scope per site made a
// package of 10,000 handlers quadratic). The zero value is ready to use;
// a pass keeps one per run, so that it holds no package past the run.
type Consts struct {
	pkgs map[*types.Package]*pkgConsts
}

type pkgConsts struct {
	ints map[int64][]*types.Const  // constants with an integer value, in name order
	strs map[string][]*types.Const // string constants, in name order
}

// Int returns the constants of p whose value, converted to an integer
// exactly (constant.ToInt), is v, in name order.
func (x *Consts) Int(p *types.Package, v int64) []*types.Const { return x.of(p).ints[v] }

// String returns the string constants of p whose value is s, in name order.
func (x *Consts) String(p *types.Package, s string) []*types.Const { return x.of(p).strs[s] }

func (x *Consts) of(p *types.Package) *pkgConsts {
	if pc, ok := x.pkgs[p]; ok {
		return pc
	}
	pc := &pkgConsts{ints: map[int64][]*types.Const{}, strs: map[string][]*types.Const{}}
	scope := p.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok {
			continue // a type, a variable, a function
		}
		switch v := c.Val(); v.Kind() {
		case constant.String:
			s := constant.StringVal(v)
			pc.strs[s] = append(pc.strs[s], c)
		default:
			if n, exact := constant.Int64Val(constant.ToInt(v)); exact {
				pc.ints[n] = append(pc.ints[n], c)
			}
		}
	}
	if x.pkgs == nil {
		x.pkgs = make(map[*types.Package]*pkgConsts)
	}
	x.pkgs[p] = pc
	return pc
}
