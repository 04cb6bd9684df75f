package errorcode

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/internal/fiximport"
)

// namedCode returns the text that names, at pos, the module's constant for
// the error code (a string constant when isString), with the edits that
// import its package. It reports false when the module declares no such
// constant, several equally good ones, or none whose name is visible at pos.
func (r *reporter) namedCode(f *fiximport.File, pos token.Pos, c code, target types.Type) (string, []analysis.TextEdit, bool) {
	doc, _ := r.cat.LookupErrorCode(c.Code)
	meaning := doc.Meaning
	if c.IsString() {
		meaning = strings.ReplaceAll(c.String(), "_", " ") + " " + meaning // M_FORBIDDEN names itself
	}
	pkg, name := r.moduleConst(c, target, meaning)
	if pkg == nil {
		return "", nil, false
	}
	return f.Ref(pos, pkg.Path(), pkg.Name(), name)
}

// moduleConst finds the constant of value code in the package or, breadth
// first, in the packages of its module it imports. The first package with
// candidates decides; among several there, one whose type is the target's
// wins, else there is no answer.
func (r *reporter) moduleConst(code code, target types.Type, meaning string) (*types.Package, string) {
	words := strings.Fields(catalog.Fold(meaning))
	if p, name := r.generatedConst(code, target, words); p != nil {
		return p, name
	}
	for p := range fiximport.ModulePackages(r.pass.Pkg, fiximport.ModulePath(r.pass)) {
		var names, exact []string
		var candidates []*types.Const
		if n, ok := code.Int(); ok && !code.quoted {
			candidates = r.consts.Int(p, int64(n))
		} else {
			candidates = r.consts.String(p, code.String())
		}
		for _, c := range candidates {
			if !codeConst(c, p == r.pass.Pkg, code, target, words) {
				continue
			}
			name := c.Name()
			names = append(names, name)
			if target != nil && types.Identical(c.Type(), target) {
				exact = append(exact, name)
			}
		}
		switch {
		case len(names) == 1:
			return p, names[0]
		case len(exact) == 1:
			return p, exact[0]
		case len(names) > 1:
			return nil, "" // several constants say the same code: no choice to make
		}
	}
	return nil, ""
}

// generatedConst returns the constant for the code that `statuslint
// catalog -format go` would have generated (ErrUnknownUser for 10001
// "unknown user", ErrMForbidden for M_FORBIDDEN), when exactly one package
// of the module in reach declares it: the generated package's names win
// over other constants of the same value.
func (r *reporter) generatedConst(code code, target types.Type, words []string) (*types.Package, string) {
	doc, ok := r.cat.LookupErrorCode(code.Code)
	if !ok {
		return nil, ""
	}
	text := doc.Meaning
	if doc.Code.IsString() {
		text = doc.Code.String()
	}
	want := generatedName(text)
	var found *types.Package
	for p := range fiximport.ModulePackages(r.pass.Pkg, fiximport.ModulePath(r.pass)) {
		var candidates []*types.Const
		if n, ok := code.Int(); ok && !code.quoted {
			candidates = r.consts.Int(p, int64(n))
		} else {
			candidates = r.consts.String(p, code.String())
		}
		for _, c := range candidates {
			if c.Name() != want || !codeConst(c, p == r.pass.Pkg, code, target, words) {
				continue
			}
			if found != nil {
				return nil, "" // two generated packages: no choice to make
			}
			found = p
		}
	}
	if found == nil {
		return nil, ""
	}
	return found, want
}

// generatedName is the name `statuslint catalog -format go` gives an error
// code named by text (its meaning, or a string code itself): Err and the
// CamelCase of at most six of its words.
func generatedName(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 6 {
		words = words[:6]
	}
	var b strings.Builder
	b.WriteString("Err")
	for _, w := range words {
		lw := strings.ToLower(w)
		if initialisms[lw] {
			b.WriteString(strings.ToUpper(lw))
			continue
		}
		rs := []rune(lw)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

// initialisms are the words the generator writes in capitals.
var initialisms = map[string]bool{
	"ok": true, "id": true, "ip": true, "api": true, "http": true, "json": true, "url": true,
	"uri": true, "mfa": true, "tls": true, "ssl": true, "html": true, "xml": true, "jwt": true,
	"dns": true, "tcp": true, "udp": true, "uuid": true, "ttl": true,
}

// codeConst reports whether the constant c can name the error code: it
// has the value, fits where the literal goes, is not an HTTP status
// constant, and its name says what the code's documented meaning (words)
// says: a word of the name is a word of the meaning, an abbreviation of
// one, or shares its stem (ErrUnknownUser for "unknown user", ErrParams
// for "invalid parameters"). A constant that only happens to have the value
// (UnknownCode = 500 for "internal server error", MaxItems = 40006) does
// not. Unexported constants count only in the package itself (own).
func codeConst(c *types.Const, own bool, code code, target types.Type, words []string) bool {
	if !own && !c.Exported() {
		return false
	}
	v := c.Val()
	if n, ok := code.Int(); ok && !code.quoted {
		if v.Kind() != constant.Int {
			return false
		}
		if m, exact := constant.Int64Val(v); !exact || m != int64(n) {
			return false
		}
	} else if v.Kind() != constant.String || constant.StringVal(v) != code.String() {
		return false
	}
	if target != nil && !types.AssignableTo(c.Type(), target) {
		return false // would not compile where the literal is
	}
	if strings.HasPrefix(strings.ToLower(c.Name()), "status") {
		return false // an HTTP status constant
	}
	return saysMeaning(c.Name(), words)
}

// noise are the words of names and meanings that say nothing of which
// code is meant.
var noise = map[string]bool{
	"err": true, "error": true, "errors": true, "code": true, "codes": true,
	"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "or": true, "is": true,
}

// saysMeaning reports whether a word of the Go name (split at case changes,
// digits and underscores) matches a word of the meaning.
func saysMeaning(name string, meaning []string) bool {
	for _, w := range nameWords(name) {
		if noise[w] || len(w) < 3 {
			continue
		}
		for _, m := range meaning {
			if noise[m] {
				continue
			}
			if n := commonPrefix(w, m); n == len(w) && n == len(m) || n >= 4 && (n == len(w) || n == len(m)) || n >= 5 {
				return true // the same word, an abbreviation (auth), or one stem (params, parameters)
			}
		}
	}
	return false
}

// commonPrefix returns the length of the bytes a and b start with.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// nameWords splits a Go name into lower-case words: ErrUnknownUser is
// err, unknown, user; HTTPError is http, error; ERR_NOT_FOUND is err,
// not, found.
func nameWords(name string) []string {
	var words []string
	rs := []rune(name)
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '_' || unicode.IsDigit(r):
			flush(i)
			start = i + 1
		case unicode.IsUpper(r) && i > start:
			prevLower := unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || nextLower && unicode.IsUpper(rs[i-1]) {
				flush(i)
			}
		}
	}
	flush(len(rs))
	return words
}
