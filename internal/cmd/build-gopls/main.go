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
	"fmt"
	"os"
	"path/filepath"

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
	buildtool.Build{
		Name: "build-gopls", Label: "gopls", Module: gopls, Version: "v0.23.0",
		Out: "gopls", What: "the passes", Patch: patch,
	}.Main()
}

// patch adds internal/settings/statuslint.go, which registers the passes.
func patch(src, dir, version string) ([]string, string, error) {
	if _, err := os.Stat(filepath.Join(src, "internal", "settings", "analysis.go")); err != nil {
		return nil, "", fmt.Errorf("gopls %s has no internal/settings/analysis.go, where its analyzers are listed: %v", version, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "internal", "settings", "statuslint.go"), []byte(register), 0o644); err != nil {
		return nil, "", err
	}
	return nil, ".", nil
}
