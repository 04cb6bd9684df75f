package buildtool

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// A Build is one offline build program: a Go program's module, copied from
// the module cache, patched to take statuslint in, pointed at this
// checkout and built.
type Build struct {
	Name    string // the build program, for messages: "build-gopls"
	Label   string // what it builds, for messages: "gopls"
	Module  string // the module it builds: "golang.org/x/tools/gopls"
	Version string // the module's version built by default
	Out     string // the binary written by default
	What    string // what of statuslint goes in, for -checkout's help: "the passes"
	// Patch changes the module's copy in dir (src is the module cache's,
	// read-only) and returns the go build flags and the package to build.
	Patch func(src, dir, version string) (flags []string, pkg string, err error)
}

// Main reads the command line (-version, -o, -checkout, -keep) and runs the
// build: exit status 2 for a bad command line, 1 for a build that fails.
func (b Build) Main() {
	version := flag.String("version", b.Version, b.Label+" `version` to build")
	out := flag.String("o", b.Out, "write the binary to `file`")
	checkout := flag.String("checkout", "", "statuslint checkout `dir` to build "+b.What+" from (default: the module around the working directory)")
	keep := flag.Bool("keep", false, "keep the scratch directory and print its path")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "%s: unexpected arguments %q\n", b.Name, flag.Args())
		os.Exit(2)
	}
	if err := b.run(*version, *out, *checkout, *keep); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", b.Name, err)
		os.Exit(1)
	}
}

func (b Build) run(version, out, checkout string, keep bool) error {
	start := time.Now()
	root := checkout
	if root == "" {
		var err error
		if root, err = Checkout(); err != nil {
			return err
		}
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return err
	}
	src, err := Download(b.Module, version)
	if err != nil {
		return err
	}
	scratch, err := os.MkdirTemp("", b.Name+"-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintf(os.Stderr, "%s: scratch directory %s\n", b.Name, scratch)
	} else {
		defer os.RemoveAll(scratch)
	}
	dir := filepath.Join(scratch, filepath.Base(b.Module))
	if err := CopyTree(dir, src, func(rel string) bool { return filepath.Base(rel) == "testdata" }); err != nil {
		return err
	}
	flags, pkg, err := b.Patch(src, dir, version)
	if err != nil {
		return err
	}
	if err := PointAt(dir, root); err != nil {
		return err
	}
	args := append(append([]string{"build"}, flags...), "-o", out, pkg)
	if _, err := Go(dir, nil, args...); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: built %s (%s %s with statuslint from %s) in %s\n",
		b.Name, out, b.Label, version, root, time.Since(start).Round(100*time.Millisecond))
	return nil
}
