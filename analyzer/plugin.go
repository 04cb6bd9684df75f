package analyzer

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/internal/config"
)

// The golangci-lint v2 module plugin. A custom golangci-lint binary that
// imports this package (blank import, as `golangci-lint custom` writes it)
// has the linter "statuslint", enabled and configured in .golangci.yml:
//
//	linters:
//	  enable: [statuslint]
//	  settings:
//	    custom:
//	      statuslint:
//	        type: module
//	        settings:
//	          catalog: [docs/status-codes.md]
//	          disable: [raw-status]

func init() {
	register.Plugin("statuslint", newPlugin)
}

// PluginSettings are the plugin's settings, under
// linters.settings.custom.statuslint.settings. An unknown key is an error.
type PluginSettings struct {
	// Catalog names the API's documents, merged in order; none means the
	// suite's default (Options.Catalog nil). A relative path is relative to the directory of
	// golangci-lint's configuration file (see configDir).
	Catalog []string `json:"catalog"`

	// Disable turns these passes and categories off.
	Disable []string `json:"disable"`

	// Enable turns these passes and categories back on, as -enable does:
	// a category named beats its pass named, and enable beats disable.
	// ({disable: [closecode], enable: [raw-close-code]} keeps that one
	// category of closecode.)
	Enable []string `json:"enable"`
}

type plugin struct {
	settings PluginSettings
	dir      string // where relative catalog paths are resolved
}

func newPlugin(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[PluginSettings](conf)
	if err != nil {
		return nil, err
	}
	for _, names := range [][]string{s.Enable, s.Disable} {
		for _, n := range names {
			if !config.Known(n) {
				return nil, fmt.Errorf("statuslint: unknown pass or category %q (statuslint help lists them)", n)
			}
		}
	}
	for _, p := range s.Catalog {
		if p == "" {
			return nil, fmt.Errorf("statuslint: empty catalog path")
		}
	}
	return &plugin{settings: s, dir: configDir(os.Args[1:])}, nil
}

// GetLoadMode reports that the passes need type information.
func (*plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// BuildAnalyzers loads the catalog and returns the passes the settings
// keep, each limited to the categories kept.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var cat *catalog.Catalog // none named: the suite's own default
	if len(p.settings.Catalog) > 0 {
		paths := make([]string, len(p.settings.Catalog))
		for i, c := range p.settings.Catalog {
			paths[i] = resolve(p.dir, c)
		}
		var err error
		if cat, err = read.Load(paths...); err != nil {
			return nil, fmt.Errorf("statuslint: %v", err)
		}
	}
	return filterSuite(Suite(Options{Catalog: cat}), p.settings.Enable, p.settings.Disable), nil
}

// filterSuite returns the analyzers of suite that enable and disable keep,
// each wrapped to drop the diagnostics of categories turned off. The
// rules are the command's -enable and -disable: everything is on unless
// disabled, a category named beats its pass named, and enable beats
// disable.
func filterSuite(suite []*analysis.Analyzer, enable, disable []string) []*analysis.Analyzer {
	on := func(pass, category string) bool {
		switch {
		case slices.Contains(enable, category):
			return true
		case slices.Contains(disable, category):
			return false
		case slices.Contains(enable, pass):
			return true
		case slices.Contains(disable, pass):
			return false
		}
		return true
	}
	categories := map[string][]string{} // pass → its categories
	for _, p := range config.Passes {
		for _, c := range p.Categories {
			categories[p.Name] = append(categories[p.Name], c.Name)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range suite {
		off := map[string]bool{}
		for _, c := range categories[a.Name] {
			if !on(a.Name, c) {
				off[c] = true
			}
		}
		switch {
		case len(off) == 0:
			out = append(out, a)
		case len(off) == len(categories[a.Name]):
			// Every category is off: drop the pass.
		default:
			out = append(out, withoutCategories(a, off))
		}
	}
	return out
}

// withoutCategories returns a copy of a that does not report diagnostics
// of the categories in off.
func withoutCategories(a *analysis.Analyzer, off map[string]bool) *analysis.Analyzer {
	b := *a
	run := a.Run
	b.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if !off[d.Category] {
				report(d)
			}
		}
		return run(pass)
	}
	return &b
}

// configDir returns the directory of the golangci-lint configuration file
// the process reads, which golangci-lint v2.15.0 does not hand to module
// plugins (its ${config-path} placeholder is expanded only in built-in
// linters' settings). It is found the way golangci-lint finds it: the
// file named by --config or -c on the command line, else the first
// .golangci.{json,toml,yaml,yml} in the working directory or above it.
// With neither, it is the working directory.
func configDir(args []string) string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		for _, name := range []string{"--config", "-c"} {
			v, ok := "", false
			switch {
			case a == name && i+1 < len(args):
				v, ok = args[i+1], true
			case strings.HasPrefix(a, name+"="):
				v, ok = a[len(name)+1:], true
			}
			if ok && v != "" {
				return filepath.Dir(resolve(wd, v))
			}
		}
	}
	for dir := wd; ; {
		for _, ext := range []string{"json", "toml", "yaml", "yml"} {
			if fi, err := os.Stat(filepath.Join(dir, ".golangci."+ext)); err == nil && !fi.IsDir() {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd
		}
		dir = parent
	}
}

// resolve returns path relative to the working directory when it can, so
// that diagnostics name the document as the user wrote it: path joined to
// dir when path is relative.
func resolve(dir, path string) string {
	if filepath.IsAbs(path) || dir == "" {
		return path
	}
	abs := filepath.Join(dir, path)
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return abs
}
