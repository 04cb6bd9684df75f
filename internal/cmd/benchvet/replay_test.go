package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReplayReport checks the replay table's arithmetic: the least CPU
// time of each process over the rounds, summed over the processes every
// tool ran; the largest process; the time above the floor split between
// the module's packages, other modules' and the standard library's; and
// the packages the most above the floor, in order.
func TestReplayReport(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	newTool := func(name string) *replayed {
		return &replayed{Name: name, CPU: map[string]time.Duration{}, RSS: map[string]int64{}}
	}
	vet, floor, tool := newTool("go vet"), newTool("noop"), newTool("statuslint-vet")
	rounds := []struct {
		r   *replayed
		key string
		cpu []int
		rss int64
	}{
		{vet, "m a", []int{900, 1000}, 100 << 10},
		{vet, "m/b m/b", []int{1000}, 50 << 10},
		{vet, "ex.com/d ex.com/d", []int{100}, 10 << 10},
		{vet, "net/http net/http", []int{100}, 10 << 10},
		{vet, "mx mx", []int{100}, 10 << 10},
		{floor, "m a", []int{700, 800}, 80 << 10},
		{floor, "m/b m/b", []int{300}, 40 << 10},
		{floor, "ex.com/d ex.com/d", []int{50}, 10 << 10},
		{floor, "net/http net/http", []int{30}, 10 << 10},
		{floor, "mx mx", []int{10}, 10 << 10},
		{tool, "m a", []int{1200, 800}, 90 << 10},        // least: 800, 100 above
		{tool, "m/b m/b", []int{600, 700}, 60 << 10},     // least: 600, 300 above
		{tool, "ex.com/d ex.com/d", []int{90}, 10 << 10}, // a dependency: 40 above
		{tool, "net/http net/http", []int{50}, 10 << 10}, // the standard library: 20 above
		{tool, "mx mx", []int{16}, 10 << 10},             // not m's though m is its prefix: std, 6 above
		{tool, "c c", []int{5000}, 900 << 10},            // not run by the others: left out
	}
	for _, x := range rounds {
		for _, c := range x.cpu {
			x.r.add(x.key, use{CPU: ms(c), MaxRSS: x.rss})
		}
	}
	var b strings.Builder
	if err := replayReport(&b, "m@v1", vet, floor, []*replayed{tool}); err != nil {
		t.Fatal(err)
	}
	want := "| m@v1 | statuslint-vet | 5 | 2.20s | 1.09s | 1.56s | 0.707 | 1.428 | 100 / 90 / 80 | 0.40s / 0.04s / 0.03s | m/b +300 ms, m +100 ms, ex.com/d +40 ms |\n"
	if got := b.String(); got != want {
		t.Errorf("replayReport:\n got %q\nwant %q", got, want)
	}

	if err := replayReport(&b, "m@v1", newTool("go vet"), floor, []*replayed{tool}); err == nil {
		t.Error("replayReport with no package in common: no error")
	}
}

// TestMain is benchvet's capture wrapper when capture runs the test
// binary as go vet's -vettool.
func TestMain(m *testing.M) {
	if real := os.Getenv(wrapEnv); real != "" {
		code, err := wrapVet(real)
		if err != nil {
			fmt.Fprintf(os.Stderr, "capture: %v\n", err)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// TestCaptureReplay captures go vet's units on a module of two packages
// under stock vet's tool, and replays them: one unit a package, keyed by
// import path, each replayed with its CPU time measured.
func TestCaptureReplay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "m")
	for name, text := range map[string]string{
		"go.mod":  "module example.com/m\n\ngo 1.22\n",
		"a/a.go":  "package a\n\nfunc A() int { return 1 }\n",
		"b/b.go":  "package b\n\nimport \"example.com/m/a\"\n\nfunc B() int { return a.A() }\n",
		"b/b2.go": "package b\n\nfunc c() {}\n",
	} {
		p := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	template := filepath.Join(dir, "cache-template")
	if err := os.Mkdir(template, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "env", "GOTOOLDIR").Output()
	if err != nil {
		t.Fatal(err)
	}
	vet := filepath.Join(strings.TrimSpace(string(out)), "vet")
	units, keep, err := capture(dir, src, template, vet, []string{"./..."}, 0)
	for _, d := range keep {
		defer os.RemoveAll(d)
	}
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, u := range units {
		pkg, _, _ := strings.Cut(u.Key, " ")
		keys = append(keys, pkg)
		r, err := replayUnit(vet, u)
		if err != nil {
			t.Errorf("replay %s: %v", u.Key, err)
		} else if r.CPU <= 0 || r.MaxRSS <= 0 {
			t.Errorf("replay %s: CPU %v, peak %d KiB; want both measured", u.Key, r.CPU, r.MaxRSS)
		}
	}
	if want := []string{"example.com/m/a", "example.com/m/b"}; !slices.Equal(keys, want) {
		t.Errorf("captured units %q, want %q", keys, want)
	}
}
