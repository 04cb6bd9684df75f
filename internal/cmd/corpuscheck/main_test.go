package main

import "testing"

// TestFailing checks that failing counts each package directory the go
// command's output names once: type errors under their "# path" headers
// (and vet's "vet: " copy of them), and vet findings without a header.
func TestFailing(t *testing.T) {
	for _, tt := range []struct {
		name string
		out  string
		want int
	}{
		{"clean", "", 0},
		{"build error", "# example.com/m\n./broken.go:2:17: declared and not used: x\n", 1},
		{"vet's copy of a type error", "# example.com/m\n# [example.com/m]\nvet: ./broken.go:2:17: declared and not used: x\n", 1},
		{"vet findings in two packages", "a_test.go:20:5: loop variable tt captured by func literal\n" +
			"a.go:7:2: unreachable code\ninternal/x/x.go:15:21: possible misuse of unsafe.Pointer\n", 2},
		{"notes are not files", "go: downloading example.com/dep v1.0.0\nexit status 1\n", 0},
	} {
		if got := failing([]byte(tt.out)); got != tt.want {
			t.Errorf("%s: failing = %d, want %d", tt.name, got, tt.want)
		}
	}
}
