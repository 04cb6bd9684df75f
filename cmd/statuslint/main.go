// Command statuslint checks Go HTTP and WebSocket handlers against the
// status codes an API documents.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(command -v statuslint) [-catalog=PATH] ./...
//	go fix -fixtool=$(command -v statuslint) [-catalog=PATH] ./...
//	statuslint catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME]
//	statuslint help [pass | category]
//
// The configuration (the catalog, the passes and categories turned off)
// comes from the flags and from the project's statuslint.yaml, found from
// each package's directory up to its module root; flags override the file.
// Without either, the embedded default catalog is used. A catalog or config
// file that cannot be read stops the run before any package is analysed,
// with a one-line "file:line: what is wrong" and exit status 1.
package main

import (
	"os"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/internal/vetmain"
)

const progname = "statuslint"

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		switch args[0] {
		case "catalog":
			os.Exit(catalogCommand(args[1:], os.Stdout, os.Stderr))
		case "help":
			os.Exit(helpCommand(args[1:], os.Stdout, os.Stderr))
		}
	}
	if vetmain.IsUnit(args) {
		vetmain.Main(analyzer.Analyzers())
		return
	}
	os.Exit(standalone(args, os.Stdout, os.Stderr))
}

// loadCatalog reads and merges the named documents, or returns the
// embedded default when there are none. Relative paths are resolved
// against dir when it is not empty. (The catalog subcommand's.)
func loadCatalog(paths []string, dir string) (*catalog.Catalog, error) {
	if len(paths) == 0 {
		return catalog.Default(), nil
	}
	if dir != "" {
		resolved := make([]string, len(paths))
		for i, p := range paths {
			resolved[i] = p
			if !vetmain.IsAbs(p) {
				resolved[i] = dir + string(os.PathSeparator) + p
			}
		}
		paths = resolved
	}
	return read.Load(paths...)
}

// catalogPaths is the repeatable -catalog flag of the catalog subcommand.
type catalogPaths []string

func (p *catalogPaths) String() string { return strings.Join(*p, ",") }

func (p *catalogPaths) Set(s string) error {
	if s == "" {
		return errEmptyPath
	}
	*p = append(*p, s)
	return nil
}
