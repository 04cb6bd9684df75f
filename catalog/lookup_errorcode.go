package catalog

import (
	"fmt"
	"strings"
)

// ErrorCodeCategory is a group of documented JSON error codes, derived
// from the error-code table rather than read from the document: the codes
// with the same number of digits and the same first digit (10001 to
// 10012 make 1xxxx), with the words all their meanings start with
// ("unknown"; words that are only articles, such as "the", do not count).
// A group needs at least two documented codes of two or more
// digits; single codes and one-digit codes make no category.
type ErrorCodeCategory struct {
	Pattern string // "1xxxx"
	From    int    // the lowest code of the pattern: 10000
	To      int    // the highest: 19999
	Prefix  string // the folded words the meanings share ("unknown"), or ""
	Count   int    // how many documented codes it holds
}

// String names the category as diagnostics do: "1xxxx unknown …", or
// "4xxxx" when the meanings share no words.
func (g ErrorCodeCategory) String() string {
	if g.Prefix == "" {
		return g.Pattern
	}
	return g.Pattern + " " + g.Prefix + " …"
}

// ErrorCodeCategories returns the categories of the documented error
// codes, lowest first.
func (c *Catalog) ErrorCodeCategories() []ErrorCodeCategory {
	var out []ErrorCodeCategory
	var meanings [][]string
	for _, e := range c.ErrorCodes {
		n, isInt := e.Code.Int()
		if !isInt {
			continue // a string code has no digits to group by
		}
		pattern, from, to, ok := codePattern(n)
		if !ok {
			continue // a one-digit or negative code
		}
		words := strings.Fields(Fold(e.Meaning))
		if n := len(out); n > 0 && out[n-1].Pattern == pattern {
			out[n-1].Count++
			meanings[n-1] = commonPrefix(meanings[n-1], words)
			continue
		}
		out = append(out, ErrorCodeCategory{Pattern: pattern, From: from, To: to, Count: 1})
		meanings = append(meanings, words)
	}
	kept := out[:0]
	for i, g := range out {
		if g.Count < 2 {
			continue // a lone code is not a category
		}
		g.Prefix = strings.Join(trimArticles(meanings[i]), " ")
		kept = append(kept, g)
	}
	return kept
}

// ErrorCodeCategoryOf returns the category the code falls in, if any,
// whether or not the code itself is documented.
func (c *Catalog) ErrorCodeCategoryOf(code int) (ErrorCodeCategory, bool) {
	for _, g := range c.ErrorCodeCategories() {
		if g.From <= code && code <= g.To {
			return g, true
		}
	}
	return ErrorCodeCategory{}, false
}

// NearestErrorCode returns the documented error code nearest to code: in
// code's category when it falls in one, else among all documented codes.
// Of two at the same distance it returns the lower. It reports false when
// the catalog documents no integer error code.
func (c *Catalog) NearestErrorCode(code int) (ErrorCode, bool) {
	lo, hi := minInt, maxInt
	if g, ok := c.ErrorCodeCategoryOf(code); ok {
		lo, hi = g.From, g.To
	}
	var best ErrorCode
	found := false
	bestN := 0
	for _, e := range c.ErrorCodes {
		n, isInt := e.Code.Int()
		if !isInt || n < lo || n > hi {
			continue // a string code, or outside the category
		}
		if !found || distance(n, code) < distance(bestN, code) {
			best, bestN, found = e, n, true
		}
	}
	return best, found
}

const (
	maxInt = int(^uint(0) >> 1)
	minInt = -maxInt - 1
)

func distance(a, b int) uint {
	if a > b {
		return uint(a) - uint(b)
	}
	return uint(b) - uint(a)
}

// codePattern returns the pattern of a code of two or more digits
// (10042: "1xxxx", 10000, 19999).
func codePattern(code int) (pattern string, from, to int, ok bool) {
	if code < 10 {
		return "", 0, 0, false
	}
	s := fmt.Sprint(code)
	pattern = s[:1] + strings.Repeat("x", len(s)-1)
	unit := 1
	for range len(s) - 1 {
		unit *= 10
	}
	from = int(s[0]-'0') * unit
	return pattern, from, from + unit - 1, true
}

// trimArticles returns the words, or none when they are only articles and
// the like ("the"), which say nothing of what the codes share.
func trimArticles(words []string) []string {
	for _, w := range words {
		switch w {
		case "the", "a", "an", "this", "that", "of", "to", "is", "was":
			continue
		}
		return words
	}
	return nil
}

// commonPrefix returns the words a and b start with.
func commonPrefix(a, b []string) []string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}
