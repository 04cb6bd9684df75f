package main

import (
	"strings"
	"testing"
)

func TestRelPos(t *testing.T) {
	t.Parallel()
	tests := []struct{ pos, want string }{
		{"/m/a/b.go:3:13", "a/b.go:3:13"},
		{"/m/a/b.go:3", "a/b.go:3"},
		{"/m/a/b.go", "a/b.go"},
		{"/other/c.go:1:2", "/other/c.go:1:2"},
		{"/m/x:y.go:4:5", "x:y.go:4:5"},
	}
	for _, tt := range tests {
		if got := relPos(tt.pos, "/m"); got != tt.want {
			t.Errorf("relPos(%q) = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestConflicts(t *testing.T) {
	t.Parallel()
	accepted := []editDesc{{Start: 10, End: 13, New: "x"}, {Start: 20, End: 20, New: "import"}}
	tests := []struct {
		name string
		e    editDesc
		want bool
	}{
		{"same edit", editDesc{Start: 10, End: 13, New: "x"}, false},
		{"overlap", editDesc{Start: 12, End: 15, New: "y"}, true},
		{"touching", editDesc{Start: 13, End: 15, New: "y"}, false},
		{"other insertion at the same place", editDesc{Start: 20, End: 20, New: "other"}, true},
		{"insertion inside a replacement", editDesc{Start: 11, End: 11, New: "z"}, true},
		{"apart", editDesc{Start: 30, End: 31, New: "w"}, false},
	}
	for _, tt := range tests {
		if got := conflicts(accepted, tt.e); got != tt.want {
			t.Errorf("%s: conflicts = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestApplyFormats checks that the edits are applied and that a formatted
// file stays formatted (the comment column realigns), while a file that
// was not formatted is not reformatted.
func TestApplyFormats(t *testing.T) {
	t.Parallel()
	src := "package p\n\nvar (\n\ta  = 404 // x\n\tbb = 1   // y\n)\n"
	i := strings.Index(src, "404")
	got, err := apply([]byte(src), []editDesc{{Start: i, End: i + 3, New: "http.StatusNotFound"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "package p\n\nvar (\n\ta  = http.StatusNotFound // x\n\tbb = 1                   // y\n)\n"
	if string(got) != want {
		t.Errorf("formatted file:\ngot  %q\nwant %q", got, want)
	}
	messy := "package p\nvar a=404\n"
	i = strings.Index(messy, "404")
	got, err = apply([]byte(messy), []editDesc{{Start: i, End: i + 3, New: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "package p\nvar a=x\n" {
		t.Errorf("unformatted file was reformatted: %q", got)
	}
}

func TestUnified(t *testing.T) {
	t.Parallel()
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
	b := "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n"
	want := "--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
	if got := unified("a", "b", a, b); got != want {
		t.Errorf("unified:\n%s\nwant:\n%s", got, want)
	}
	if got := unified("a", "b", a, a); got != "" {
		t.Errorf("equal texts: %q", got)
	}
	// Two changes far apart make two hunks; an added line has no old line.
	c := "0\n" + a + "11\n12\n13\n14\n15\nsixteen\n"
	d := "zero\n" + a + "11\n12\n13\n14\n15\nsixteen\n17\n"
	got := unified("a", "b", c, d)
	if strings.Count(got, "@@ -") != 2 || !strings.Contains(got, "-0\n+zero\n") || !strings.Contains(got, "+17\n") {
		t.Errorf("two hunks:\n%s", got)
	}
}
