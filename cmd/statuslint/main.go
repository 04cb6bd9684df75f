// Command statuslint checks Go HTTP and WebSocket handlers against the
// status codes an API documents.
//
// Usage:
//
//	statuslint [-catalog PATH]... [-json] [-fix [-diff]] [-c N] [-<pass>=false] packages...
//	go vet -vettool=$(command -v statuslint) [-catalog=PATH] ./...
//	go fix -fixtool=$(command -v statuslint) [-catalog=PATH] ./...
//	statuslint catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME]
//
// Without -catalog the embedded default catalog is used. A catalog that
// cannot be read stops the run before any package is analysed, with a
// one-line "file:line: what is wrong" and exit status 1.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
)

const progname = "statuslint"

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "catalog" {
		os.Exit(catalogCommand(args[1:], os.Stdout, os.Stderr))
	}

	// The analyzers are built before multichecker parses the command
	// line, and they need the catalog, so -catalog and -version are read
	// from the arguments first; the flags are registered below as well so
	// that the real parse accepts them and `go vet` learns of them from -flags.
	scan := scanArgs(args)
	if scan.version {
		printVersion(os.Stdout)
		os.Exit(0)
	}
	dir := ""
	if scan.unitMode {
		// go vet and go fix run the tool in each package's directory;
		// relative catalog paths are the module root's.
		dir = moduleRoot()
	}
	cat, err := loadCatalog(scan.catalogs, dir)
	if err != nil && scan.unitMode && factsOnly(scan.config) {
		// go vet also runs the tool on every dependency, the standard
		// library and the module cache included, for facts alone. Those
		// runs report nothing, and their directory is outside the
		// module, where a relative catalog path names nothing; the
		// summary facts do not depend on the catalog.
		cat, err = catalog.Default(), nil
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", progname, err)
		os.Exit(1)
	}

	var ignored catalogPaths
	flag.Var(&ignored, "catalog", "read the API's codes from this `document` (Markdown, text, YAML or JSON; repeatable; default: the embedded catalog)")
	flag.Bool("version", false, "print the version and exit")
	flag.Var(versionFlag{}, "V", "print the version and exit (-V=full: the go vet protocol)")
	flag.Usage = usage
	multichecker.Main(analyzer.Suite(analyzer.Options{Catalog: cat})...)
}

// usage prints the full usage for -help, and nothing after a bad flag,
// whose one-line error the flag package has already printed.
func usage() {
	if !askedForHelp(os.Args[1:]) {
		return
	}
	fmt.Fprintf(os.Stderr, `%[1]s checks Go handlers against the status codes an API documents.

Usage:
  %[1]s [flags] packages...
  go vet -vettool=$(command -v %[1]s) [-catalog=PATH] ./...
  go fix -fixtool=$(command -v %[1]s) [-catalog=PATH] ./...
  %[1]s catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME]

Flags:
`, progname)
	flag.PrintDefaults()
}

func askedForHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help", "--h":
			return true
		}
	}
	return false
}

// loadCatalog reads and merges the named documents, or returns the
// embedded default when there are none. Relative paths are resolved
// against dir when it is not empty.
func loadCatalog(paths []string, dir string) (*catalog.Catalog, error) {
	if len(paths) == 0 {
		return catalog.Default(), nil
	}
	if dir != "" {
		// Load names each document as it is given, so that diagnostics
		// say "docs/status-codes.md", not an absolute path: read them
		// from dir rather than rewriting the paths.
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if err := os.Chdir(dir); err != nil {
			return nil, err
		}
		defer os.Chdir(wd)
	}
	return read.Load(paths...)
}

// catalogPaths is the repeatable -catalog flag.
type catalogPaths []string

func (p *catalogPaths) String() string { return strings.Join(*p, ",") }

func (p *catalogPaths) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty path")
	}
	*p = append(*p, s)
	return nil
}

// argScan is what scanArgs finds on the command line before the real parse.
type argScan struct {
	catalogs []string // -catalog values, in order
	version  bool     // -version or a bare -V
	unitMode bool     // run by go vet or go fix on a vet.cfg file
	config   string   // in unitMode, the vet.cfg file
}

// valueFlags are the driver's flags that take a value in the next argument
// when written without "=". All others are boolean.
var valueFlags = map[string]bool{
	"catalog": true, "c": true, "tags": true,
	"debug": true, "cpuprofile": true, "memprofile": true, "trace": true,
}

// scanArgs reads the flags it needs from args the way package flag would:
// "-name", "--name", "-name=value" and "-name value" for valueFlags, up to
// the first non-flag argument or "--".
func scanArgs(args []string) argScan {
	var s argScan
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break // the first package pattern ends the flags
		}
		name := strings.TrimPrefix(a[1:], "-")
		name, value, hasValue := strings.Cut(name, "=")
		if valueFlags[name] && !hasValue && i+1 < len(args) {
			i++
			value, hasValue = args[i], true
		}
		switch name {
		case "catalog":
			if hasValue {
				s.catalogs = append(s.catalogs, value)
			}
		case "version":
			s.version = !hasValue || value == "true" || value == "1"
		case "V":
			s.version = !hasValue || value == "true" || value == "1"
		}
	}
	rest := args[i:]
	if len(rest) == 1 && strings.HasSuffix(rest[0], ".cfg") {
		s.unitMode, s.config = true, rest[0]
	}
	return s
}

// factsOnly reports whether the go command's vet.cfg file asks for facts
// alone (a dependency of the packages being vetted).
func factsOnly(config string) bool {
	data, err := os.ReadFile(config)
	if err != nil {
		return false
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// moduleRoot returns the directory of the nearest go.mod at or above the
// working directory, or "" when there is none.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
