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
	"encoding/json"
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/internal/config"
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
	if unitMode(args) {
		unitMain()
		return
	}
	os.Exit(standalone(args, os.Stdout, os.Stderr))
}

// unitMode reports whether the go command runs the tool: go vet and go fix
// ask for -flags and -V=full, then run it on one package's .cfg file.
func unitMode(args []string) bool {
	for _, a := range args {
		switch strings.TrimPrefix(a, "-") {
		case "-flags", "flags", "-V=full", "V=full":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// unitMain runs the go vet protocol. The config analyzer's flags are
// lifted to the command line, so that go vet learns of -catalog, -disable
// and -enable from -flags and passes them on; the analyzers read them
// when they run, after the parse. Relative -catalog paths are the module
// root's: go vet runs the tool in each package's directory. A run for
// facts alone (a dependency, VetxOnly) does not run the config analyzer,
// unless a pass that exports facts requires it (leak5xx): there the
// configuration is the default's, read from no file (config.FactsOnly).
func unitMain() {
	if args := os.Args[1:]; len(args) > 0 && factsOnly(args[len(args)-1]) {
		config.FactsOnly()
	}
	analyzer.Config.Flags.VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	flag.Var(versionFlag{}, "V", "print the version and exit (-V=full: the go vet protocol)")
	unitchecker.Main(analyzer.Analyzers()...)
}

// factsOnly reports whether the go command's vet.cfg file asks for facts
// alone (a dependency of the packages being vetted).
func factsOnly(cfgFile string) bool {
	if !strings.HasSuffix(cfgFile, ".cfg") {
		return false
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false // unitchecker reports the unreadable file
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
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
			if !isAbs(p) {
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
