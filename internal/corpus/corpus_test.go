package corpus

import (
	"strings"
	"testing"
)

// TestList checks the project's corpus: it parses, names each module once,
// and holds what the proof issue asks for (the standard library and at
// least 15 modules).
func TestList(t *testing.T) {
	mods := List()
	seen := map[string]bool{}
	std := false
	for _, m := range mods {
		if seen[m.Path] {
			t.Errorf("%s is listed twice", m.Path)
		}
		seen[m.Path] = true
		std = std || m.Std()
	}
	if !std {
		t.Error("the corpus does not list std")
	}
	if n := len(mods) - 1; n < 15 {
		t.Errorf("the corpus lists %d modules besides std, want at least 15", n)
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{"", "# only a comment\n", "github.com/x/y\n", "github.com/x/y 1.0.0\n", "a b c\n"} {
		if _, err := Parse(text); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", text)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("Parse(%q): error %q is not one line", text, err)
		}
	}
	mods, err := Parse("std\n\ngithub.com/x/y v1.2.3 # why\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 2 || !mods[0].Std() || mods[1].String() != "github.com/x/y@v1.2.3" {
		t.Errorf("Parse = %v", mods)
	}
}
