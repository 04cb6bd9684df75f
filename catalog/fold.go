package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Tidy makes text as a catalog keeps it: valid UTF-8 (mojibake is kept,
// broken bytes become U+FFFD) with its whitespace collapsed to single
// spaces.
func Tidy(s string) string {
	tidy := utf8.ValidString(s)
	for i := 0; tidy && i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			tidy = i > 0 && i < len(s)-1 && s[i-1] != ' '
		case c < ' ' || c >= utf8.RuneSelf || c == 0x7f:
			tidy = false // control or non-ASCII (it may be a space): the slow way
		}
	}
	if tidy {
		return s
	}
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}
