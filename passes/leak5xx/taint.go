package leak5xx

import (
	"fmt"
	"math/bits"
	"strings"
)

// Kinds are the details a value may carry.
type Kinds uint8

const (
	// KindText is the text of an error: err.Error(), an error formatted
	// with any verb, a string built from one.
	KindText Kinds = 1 << iota
	// KindError is an error value whose text is such a detail. Written as
	// text (fmt.Fprint(w, err)) it shows its text; encoded as JSON it
	// shows {}, so encoders do not count it.
	KindError
	// KindStack is a stack trace: debug.Stack(), runtime.Stack's buffer.
	KindStack
	// KindPanic is a value recover() returned.
	KindPanic
)

// Taint is what a value carries: details of its own (K), and the values
// (P) or the texts (T) of the enclosing function's parameters, as bit
// sets by parameter index (parameters past 63 are not followed).
type Taint struct {
	K    Kinds
	P, T uint64
}

func (t Taint) or(u Taint) Taint { return Taint{t.K | u.K, t.P | u.P, t.T | u.T} }

// zero reports whether t carries nothing.
func (t Taint) zero() bool { return t == Taint{} }

// text is the taint of t's text: an error's Error(), a value formatted.
func (t Taint) text() Taint {
	k := t.K
	if k&KindError != 0 {
		k = k&^KindError | KindText
	}
	return Taint{K: k, T: t.T | t.P}
}

// asError is the taint of an error made from t (errors.New(s),
// fmt.Errorf(f, v…)): its text is t's.
func (t Taint) asError() Taint {
	t = t.text()
	if t.K&KindText != 0 {
		t.K = t.K&^KindText | KindError
	}
	return t
}

// encoded is the part of t that an encoder writes: an error value encodes
// as {}.
func (t Taint) encoded() Taint {
	t.K &^= KindError
	return t
}

// param is the taint of parameter i's own value.
func param(i int) Taint {
	if i < 0 || i > 63 {
		return Taint{}
	}
	return Taint{P: 1 << i}
}

// subst is t seen from a call whose arguments carry args, by parameter.
func (t Taint) subst(args []Taint) Taint {
	r := Taint{K: t.K}
	for i, a := range args {
		if i > 63 {
			break
		}
		if t.P&(1<<i) != 0 {
			r = r.or(a)
		}
		if t.T&(1<<i) != 0 {
			r = r.or(a.text())
		}
	}
	return r
}

// bitIndexes yields the parameter indexes of a bit set.
func bitIndexes(set uint64) []int {
	var out []int
	for set != 0 {
		i := bits.TrailingZeros64(set)
		out = append(out, i)
		set &^= 1 << i
	}
	return out
}

func (t Taint) String() string {
	var parts []string
	for _, k := range []struct {
		k    Kinds
		name string
	}{{KindText, "text"}, {KindError, "error"}, {KindStack, "stack"}, {KindPanic, "panic"}} {
		if t.K&k.k != 0 {
			parts = append(parts, k.name)
		}
	}
	for _, i := range bitIndexes(t.P) {
		parts = append(parts, fmt.Sprintf("p%d", i))
	}
	for _, i := range bitIndexes(t.T) {
		parts = append(parts, fmt.Sprintf("t%d", i))
	}
	if len(parts) == 0 {
		return "clean"
	}
	return strings.Join(parts, "+")
}

// status is what the analysis knows of a response's status on a path.
type status struct {
	kind StatusKind // SpecInherit: not set on this path
	v    int
}

var unknownStatus = status{kind: SpecUnknown}

func joinStatus(a, b status) status {
	if a == b {
		return a
	}
	if a.kind == SpecConst && b.kind == SpecConst && serverError(a.v) && serverError(b.v) {
		return a // 5xx either way
	}
	return unknownStatus
}

func serverError(code int) bool { return 500 <= code && code <= 599 }

func (s status) spec() StatusSpec { return StatusSpec{Kind: s.kind, Value: s.v} }
