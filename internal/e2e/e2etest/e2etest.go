// Package e2etest is what the delivery routes' end-to-end tests share:
// copying a module of testdata/delivery and running a command in it.
package e2etest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/statuslint/statuslint/internal/buildtool"
)

// Dir returns testdata/delivery of the checkout.
func Dir(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller information")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "delivery")
}

// Copy copies the module testdata/delivery/name into a fresh directory and
// returns it.
func Copy(t testing.TB, name string) string {
	t.Helper()
	return CopyDir(t, filepath.Join(Dir(t), name))
}

// CopyDir copies the tree at src into a fresh directory and returns it.
func CopyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	if err := buildtool.CopyTree(dst, src, nil); err != nil {
		t.Fatal(err)
	}
	return dst
}

// Main builds the offline build program's binary (go run
// internal/cmd/program -o DIR/name) once, sets *binary to it, runs the
// tests and exits: the TestMain of the delivery routes' tests.
func Main(m *testing.M, program, name string, binary *string) {
	dir, err := os.MkdirTemp("", "statuslint-"+name+"-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	*binary = filepath.Join(dir, name)
	start := time.Now()
	cmd := exec.Command("go", "run", "../../cmd/"+program, "-o", *binary)
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building %s: %v\n%s", name, err, out)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "built %s in %s\n", name, time.Since(start).Round(time.Second))
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// Result is what a command printed and its exit status.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs name with args in dir, with env added to the environment, and
// returns what it printed and its exit status. A command that cannot be
// started fails the test.
func Run(t testing.TB, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-buildvcs=false", "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		code = ee.ExitCode()
	}
	return Result{stdout.String(), stderr.String(), code}
}
