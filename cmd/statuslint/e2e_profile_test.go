package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfile checks -cpuprofile and -timing, the two ways to find where
// a run's time goes: the profile is written, and the timing names every
// pass that ran, with the packages it ran on.
func TestProfile(t *testing.T) {
	t.Parallel()
	dir := shop(t)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	r := run(t, dir, binary, "-cpuprofile", prof, "-timing", "-catalog", "docs/status-codes.md", "./...")
	if r.code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("-cpuprofile wrote no profile: %v", err)
	}
	for _, pass := range []string{"httpstatus", "errorcode", "closecode"} {
		if !strings.Contains(r.stderr, "timing: "+pass+" ") {
			t.Errorf("-timing prints no line for %s; stderr:\n%s", pass, r.stderr)
		}
	}
	r = run(t, dir, binary, "-cpuprofile", filepath.Join(dir, "no", "such", "dir", "cpu.prof"), "./...")
	if r.code != exitError || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("-cpuprofile into a missing directory: exit %d, stderr %q; want exit %d and one line", r.code, r.stderr, exitError)
	}
}
