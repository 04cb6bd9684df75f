package errorcode

import (
	"slices"
	"strings"
	"testing"
)

func TestNameWords(t *testing.T) {
	t.Parallel()
	for name, want := range map[string][]string{
		"ErrUnknownUser":   {"err", "unknown", "user"},
		"HTTPError":        {"http", "error"},
		"ERR_NOT_FOUND":    {"err", "not", "found"},
		"code40006Missing": {"code", "missing"},
		"x":                {"x"},
	} {
		if got := nameWords(name); !slices.Equal(got, want) {
			t.Errorf("nameWords(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSaysMeaning(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, meaning string
		want          bool
	}{
		{"ErrUnknownUser", "unknown user", true},
		{"CodeInvalidParam", "invalid parameters", true},
		{"ErrParams", "invalid parameters", true},
		{"UnknownCode", "internal server error", false},
		{"MaxItems", "missing access token", false},
		{"ErrCode", "general error", false},
		{"Err", "", false},
	} {
		if got := saysMeaning(c.name, strings.Fields(c.meaning)); got != c.want {
			t.Errorf("saysMeaning(%q, %q) = %v, want %v", c.name, c.meaning, got, c.want)
		}
	}
}
