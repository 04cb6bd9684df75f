package errorcode

import (
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// nearest names the documented codes nearest to the undocumented c: for
// an integer, the nearest in value and its category; for a string, the
// nearest by edit distance (M_FORBIDEN: M_FORBIDDEN) and the codes that
// share its longest prefix of words (M_USER_BANNED: M_USER_…).
func (r *reporter) nearest(c code) string {
	if n, ok := c.Int(); ok {
		near, ok := r.cat.NearestErrorCode(n)
		if !ok {
			return ""
		}
		s := fmt.Sprintf(" (nearest: %s %s", near.Code, near.Meaning)
		if g, ok := r.cat.ErrorCodeCategoryOf(n); ok {
			s += "; category " + g.String()
		}
		return s + ")"
	}
	var parts []string
	if e, ok := r.nearestString(c.String()); ok {
		parts = append(parts, "nearest: "+describeCode(e))
	}
	if prefix, codes := r.samePrefix(c.String()); len(codes) > 0 {
		parts = append(parts, "same prefix "+prefix+": "+strings.Join(codes, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

func describeCode(e catalog.ErrorCode) string {
	if e.Meaning == "" {
		return e.Code.String()
	}
	return e.Code.String() + " " + e.Meaning
}

// nearestString returns the documented string code at the smallest edit
// distance from s, when that distance is small for s's length (a third of
// it, at least 2): a misspelling, not another code.
func (r *reporter) nearestString(s string) (catalog.ErrorCode, bool) {
	best, bestD := catalog.ErrorCode{}, -1
	for _, e := range r.cat.ErrorCodes {
		if !e.Code.IsString() {
			continue
		}
		d := editDistance(strings.ToUpper(s), strings.ToUpper(e.Code.String()))
		if bestD < 0 || d < bestD {
			best, bestD = e, d
		}
	}
	limit := max(2, len(s)/3)
	return best, bestD >= 0 && bestD <= limit
}

// maxPrefixCodes bounds the codes named by prefix.
const maxPrefixCodes = 3

// samePrefix returns the longest prefix of s's words (split at _ . - :)
// that documented codes share with s, and up to maxPrefixCodes of them.
// A prefix that every documented string code has (Matrix's M_) says
// nothing and is not used.
func (r *reporter) samePrefix(s string) (string, []string) {
	var all []string
	for _, e := range r.cat.ErrorCodes {
		if e.Code.IsString() {
			all = append(all, e.Code.String())
		}
	}
	for end := len(s) - 1; end > 0; end-- {
		if !strings.ContainsRune("_.-:", rune(s[end])) {
			continue // not the end of a word
		}
		prefix := s[:end+1]
		var codes []string
		for _, c := range all {
			if strings.HasPrefix(c, prefix) {
				codes = append(codes, c)
			}
		}
		if len(codes) == 0 || len(codes) == len(all) && len(all) > 1 {
			continue // no code, or every code, has it
		}
		if len(codes) > maxPrefixCodes {
			codes = append(codes[:maxPrefixCodes], "…")
		}
		return prefix, codes
	}
	return "", nil
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
