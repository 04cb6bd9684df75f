// Command build-gopls builds gopls with statuslint's passes among its own
// analyzers, so that an editor shows their diagnostics and offers their
// fixes as quick fixes. gopls cannot load third-party analyzers
// (golang/go#59869), so they are compiled in.
//
// Usage, from the statuslint checkout:
//
//	go run ./internal/cmd/build-gopls [-version v0.23.0] [-o gopls] [-checkout DIR]
//
// It takes gopls's module source from the module cache
// (go mod download golang.org/x/tools/gopls@VERSION), copies it to a
// scratch directory, adds internal/settings/statuslint.go, which appends
// the suite to settings.AllAnalyzers the way gopls declares its own
// default-enabled analyzers with fixes (enabled, warning severity, fixes
// offered as quick fixes), requires the statuslint module replaced by the
// checkout, and builds the gopls command. Each pass can be turned off in
// the editor like any gopls analyzer ("analyses": {"closecode": false}).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/statuslint/statuslint/internal/buildtool"
)

const gopls = "golang.org/x/tools/gopls"

// register is internal/settings/statuslint.go.
const register = `// Code added by statuslint's build-gopls; not part of gopls.

package settings

import (
	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/gopls/internal/protocol"
)

// statuslint's passes, after gopls's own analyzers (AllAnalyzers is
// initialised before init runs), enabled by default, their findings
// warnings and their fixes quick fixes.
func init() {
	for _, a := range statuslint.Analyzers() {
		AllAnalyzers = append(AllAnalyzers, &Analyzer{
			analyzer:    a,
			actionKinds: []protocol.CodeActionKind{protocol.QuickFix},
			severity:    protocol.SeverityWarning,
		})
	}
}
`

func main() {
	version := flag.String("version", "v0.23.0", "gopls `version` to build")
	out := flag.String("o", "gopls", "write the binary to `file`")
	checkout := flag.String("checkout", "", "statuslint checkout `dir` to build the passes from (default: the module around the working directory)")
	keep := flag.Bool("keep", false, "keep the scratch directory and print its path")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "build-gopls: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := build(*version, *out, *checkout, *keep); err != nil {
		fmt.Fprintf(os.Stderr, "build-gopls: %v\n", err)
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
	src, err := buildtool.Download(gopls, version)
	if err != nil {
		return err
	}
	settings := filepath.Join(src, "internal", "settings", "analysis.go")
	if _, err := os.Stat(settings); err != nil {
		return fmt.Errorf("gopls %s has no internal/settings/analysis.go, where its analyzers are listed: %v", version, err)
	}
	scratch, err := os.MkdirTemp("", "build-gopls-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintf(os.Stderr, "build-gopls: scratch directory %s\n", scratch)
	} else {
		defer os.RemoveAll(scratch)
	}
	dir := filepath.Join(scratch, "gopls")
	if err := buildtool.CopyTree(dir, src, func(rel string) bool { return filepath.Base(rel) == "testdata" }); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "internal", "settings", "statuslint.go"), []byte(register), 0o644); err != nil {
		return err
	}
	if err := buildtool.PointAt(dir, root); err != nil {
		return err
	}
	if _, err := buildtool.Go(dir, nil, "build", "-o", out, "."); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "build-gopls: built %s (gopls %s with statuslint from %s) in %s\n",
		out, version, root, time.Since(start).Round(100*time.Millisecond))
	return nil
}
