// Command build-custom-gcl builds golangci-lint with statuslint's module
// plugin inside, without cloning golangci-lint from GitHub as
// `golangci-lint custom` does.
//
// Usage, from the statuslint checkout:
//
//	go run ./internal/cmd/build-custom-gcl [-version v2.15.0] [-o custom-gcl] [-checkout DIR]
//
// It does what `golangci-lint custom` does with .custom-gcl.yml, from the
// module cache: it takes golangci-lint's module source
// (go mod download github.com/golangci/golangci-lint/v2@VERSION), copies it
// to a scratch directory, writes cmd/golangci-lint/plugins.go with the
// blank import of github.com/statuslint/statuslint/analyzer, requires the
// statuslint module replaced by the checkout, and builds
// ./cmd/golangci-lint. The modules golangci-lint needs come from the Go
// module proxy, or from the module cache alone with GOPROXY=off.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/statuslint/statuslint/internal/buildtool"
)

const golangci = "github.com/golangci/golangci-lint/v2"

// plugins is cmd/golangci-lint/plugins.go as `golangci-lint custom`
// writes it for the plugin.
const plugins = `package main

import (
	_ "github.com/statuslint/statuslint/analyzer"
)
`

func main() {
	version := flag.String("version", "v2.15.0", "golangci-lint `version` to build")
	out := flag.String("o", "custom-gcl", "write the binary to `file`")
	checkout := flag.String("checkout", "", "statuslint checkout `dir` to build the plugin from (default: the module around the working directory)")
	keep := flag.Bool("keep", false, "keep the scratch directory and print its path")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "build-custom-gcl: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := build(*version, *out, *checkout, *keep); err != nil {
		fmt.Fprintf(os.Stderr, "build-custom-gcl: %v\n", err)
		os.Exit(1)
	}
}

func build(version, out, checkout string, keep bool) error {
	start := time.Now()
	root := checkout
	if root == "" {
		var err error
		if root, err = buildtool.Checkout(); err != nil {
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
	src, err := buildtool.Download(golangci, version)
	if err != nil {
		return err
	}
	scratch, err := os.MkdirTemp("", "build-custom-gcl-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintf(os.Stderr, "build-custom-gcl: scratch directory %s\n", scratch)
	} else {
		defer os.RemoveAll(scratch)
	}
	dir := filepath.Join(scratch, "golangci-lint")
	if err := buildtool.CopyTree(dir, src, func(rel string) bool { return filepath.Base(rel) == "testdata" }); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644); err != nil {
		return err
	}
	if err := buildtool.PointAt(dir, root); err != nil {
		return err
	}
	ldflags := fmt.Sprintf("-s -w -X main.version=%s-custom-gcl-statuslint -X main.date=%s", version, time.Now().UTC().Format(time.RFC3339))
	if _, err := buildtool.Go(dir, nil, "build", "-ldflags", ldflags, "-o", out, "./cmd/golangci-lint"); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "build-custom-gcl: built %s (golangci-lint %s with statuslint from %s) in %s\n",
		out, version, root, time.Since(start).Round(100*time.Millisecond))
	return nil
}
