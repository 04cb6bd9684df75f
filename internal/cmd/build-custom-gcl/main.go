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
	buildtool.Build{
		Name: "build-custom-gcl", Label: "golangci-lint", Module: golangci, Version: "v2.15.0",
		Out: "custom-gcl", What: "the plugin", Patch: patch,
	}.Main()
}

// patch adds the plugin's blank import, as `golangci-lint custom` does.
func patch(_, dir, version string) ([]string, string, error) {
	if err := os.WriteFile(filepath.Join(dir, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644); err != nil {
		return nil, "", err
	}
	ldflags := fmt.Sprintf("-s -w -X main.version=%s-custom-gcl-statuslint -X main.date=%s", version, time.Now().UTC().Format(time.RFC3339))
	return []string{"-ldflags", ldflags}, "./cmd/golangci-lint", nil
}
