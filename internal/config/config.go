// Package config carries statuslint's configuration to its passes: the
// catalog, the passes and categories turned on or off, and each pass's
// options. It is one small analyzer, Analyzer, that every pass requires.
//
// How it works: the configuration comes from two places, the flags of
// Analyzer (set by the command line, by go vet, by nogo's analyzer_flags,
// or by a host that sets them before it runs any analysis) and the
// project's config file, statuslint.yaml or .statuslint.yaml, found from
// the analysed package's directory up to its module root. Flags override
// the file. Analyzer's run finds the file for its package and returns the
// *Config for it; each Config is computed once per process and shared by
// every package under the same file, and nothing in it is written after
// it is built, so passes may run concurrently. That is what lets the
// package-level analyzers (httpstatus.Analyzer, ...) serve standalone runs,
// go vet -vettool, go fix -fixtool, gopls and golangci-lint alike.
//
// A pass takes its configuration like this (the pattern every pass
// follows; a new pass copies it):
//
//	var Analyzer = New(Options{})
//
//	func New(opts Options) *analysis.Analyzer {
//		return &analysis.Analyzer{
//			Name:     "mypass",
//			Requires: []*analysis.Analyzer{config.Analyzer, ...},
//			Run:      func(pass *analysis.Pass) (any, error) { return run(pass, opts) },
//			...
//		}
//	}
//
//	func run(pass *analysis.Pass, opts Options) (any, error) {
//		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
//		if failed, err := cfg.Failed(pass.Pkg); failed {
//			return nil, err // a bad catalog or config file, reported once a package
//		}
//		cat := opts.Catalog
//		if cat == nil {
//			cat = cfg.Catalog // the flags', the file's, or the default
//		}
//		rep := report.New(pass, cfg, "mypass")
//		defer rep.Finish()      // reports unused and malformed ignores
//		if !rep.PassEnabled() {
//			return nil, nil     // turned off by -disable or the file
//		}
//		...
//		rep.Report(d)           // sets the URL, drops disabled and ignored findings
//	}
//
// and adds its row (name and categories) to Passes.
package config

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
)

// Analyzer carries the configuration. Its result is a *Config.
var Analyzer = &analysis.Analyzer{
	Name:             "statuslint",
	Doc:              "carry statuslint's configuration (catalog, enabled passes and categories) to its passes",
	URL:              URL("configuration"),
	Flags:            newFlagSet(),
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Config](),
}

// A Config is the configuration of the packages under one config file.
type Config struct {
	// Catalog is what the API documents.
	Catalog *catalog.Catalog
	// Default reports whether Catalog is the embedded default: neither
	// -catalog nor a config file named a document.
	Default bool
	// File is the config file, relative to the module root, or "".
	File string

	flagSel, fileSel selection
	options          map[string]map[string]string
	sinks            []SinkRow
	factsOnly        bool

	loadErr  error    // the configuration could not be read
	reported sync.Map // package path -> true, once loadErr is returned for it
}

// Failed reports whether the configuration could not be read, in which
// case the pass must stop. The error is returned to the first pass that
// asks for each package, and nil to the others, so that each package
// shows the one line once.
func (c *Config) Failed(pkg *types.Package) (bool, error) {
	if c.loadErr == nil {
		return false, nil
	}
	if _, dup := c.reported.LoadOrStore(pkg.Path(), true); dup {
		return true, nil
	}
	return true, c.loadErr
}

// Option returns the value the config file gives a pass's option (one of
// PassOptions[pass]).
func (c *Config) Option(pass, name string) (string, bool) {
	v, ok := c.options[pass][name]
	return v, ok
}

// Enabled reports whether findings of the category are reported. The
// flags decide first, then the config file; a category named beats its
// pass named, and within one level -enable beats -disable.
func (c *Config) Enabled(category string) bool {
	pass, _ := passOf(category)
	if on, ok := c.flagSel.decide(category, pass); ok {
		return on
	}
	if on, ok := c.fileSel.decide(category, pass); ok {
		return on
	}
	return !offByDefault[category]
}

// PassEnabled reports whether any category of the pass is enabled.
func (c *Config) PassEnabled(pass string) bool {
	for _, p := range Passes {
		if p.Name != pass {
			continue
		}
		for _, cat := range p.Categories {
			if c.Enabled(cat.Name) {
				return true
			}
		}
		return false
	}
	return true // a pass configuration does not know of: not ours to stop
}

// selection is one source's -enable and -disable.
type selection struct{ enable, disable map[string]bool }

func (s selection) decide(category, pass string) (on, decided bool) {
	switch {
	case s.enable[category]:
		return true, true
	case s.disable[category]:
		return false, true
	case pass != "" && s.enable[pass]:
		return true, true
	case pass != "" && s.disable[pass]:
		return false, true
	}
	return false, false
}

// The flags, set before any analysis and read only afterwards.
var (
	catalogFlag catalogPaths
	enableFlag  = names{m: map[string]bool{}}
	disableFlag = names{m: map[string]bool{}}
)

func newFlagSet() flag.FlagSet {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.Var(&catalogFlag, "catalog", "read the API's codes from this `document` (Markdown, text, YAML or JSON; repeatable; overrides the config file's catalog)")
	fs.Var(&disableFlag, "disable", "turn off these `passes or categories` (comma-separated; repeatable)")
	fs.Var(&enableFlag, "enable", "turn on these `passes or categories` (comma-separated; repeatable), over -disable and the config file")
	return *fs
}

// CatalogFlagSet reports whether -catalog was given.
func CatalogFlagSet() bool { return len(catalogFlag.paths) > 0 }

// DisabledByFlags reports whether the flags turn off every category of
// the pass, so that no config file can turn it back on.
func DisabledByFlags(pass string) bool {
	c := &Config{flagSel: flagSelection()}
	for _, p := range Passes {
		if p.Name != pass {
			continue
		}
		for _, cat := range p.Categories {
			if on, ok := c.flagSel.decide(cat.Name, pass); !ok || on {
				return false
			}
		}
		return true
	}
	return false
}

// RelativeTo makes relative -catalog paths relative to dir (the
// standalone command's working directory) instead of the module root.
// It is called once, after the flags are parsed and before any analysis.
func RelativeTo(dir string) { catalogFlag.base = dir }

// catalogPaths is the repeatable -catalog flag.
type catalogPaths struct {
	paths []string
	base  string // "" for the module root
}

func (p *catalogPaths) String() string { return strings.Join(p.paths, ",") }

func (p *catalogPaths) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty path")
	}
	p.paths = append(p.paths, s)
	return nil
}

// names is a repeatable comma-separated list of passes and categories.
type names struct {
	m     map[string]bool
	order []string
}

func (n *names) String() string {
	if n == nil {
		return ""
	}
	return strings.Join(n.order, ",")
}

func (n *names) Set(s string) error {
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !Known(name) {
			return fmt.Errorf("unknown pass or category %q (statuslint help lists them)", name)
		}
		n.m[name] = true
		n.order = append(n.order, name)
	}
	return nil
}

func flagSelection() selection {
	return selection{enable: enableFlag.m, disable: disableFlag.m}
}

func run(pass *analysis.Pass) (any, error) {
	cfg, err := ForDir(packageDir(pass.Fset, pass.Files))
	if err != nil {
		// Not an error of this analyzer's: drivers would only say
		// "failed prerequisites". The passes return it (see Failed).
		return &Config{loadErr: err}, nil
	}
	return cfg, nil
}

// packageDir returns the directory of the package's first file, or the
// working directory for a package without files.
func packageDir(fset *token.FileSet, files []*ast.File) string {
	for _, f := range files {
		// The position of the package clause, with //line directives
		// applied: a cgo package's files are compiled from the cache,
		// but name the author's file.
		name := fset.Position(f.Package).Filename
		if name == "" {
			continue
		}
		if abs, err := filepath.Abs(name); err == nil {
			return filepath.Dir(abs)
		}
	}
	wd, _ := os.Getwd()
	return wd
}

var (
	dirs    sync.Map // directory -> *found
	configs sync.Map // file + "\x00" + module root -> *loaded
)

type found struct {
	once       sync.Once
	file, root string
}

type loaded struct {
	once sync.Once
	cfg  *Config
	err  error
}

// ForDir returns the configuration of the package in dir: the flags, and
// the config file found from dir up to the module root. Every call with
// the same file and root returns the same *Config.
func ForDir(dir string) (*Config, error) {
	v, _ := dirs.LoadOrStore(dir, new(found))
	f := v.(*found)
	f.once.Do(func() { f.file, f.root = find(dir) })
	v, _ = configs.LoadOrStore(f.file+"\x00"+f.root, new(loaded))
	l := v.(*loaded)
	l.once.Do(func() { l.cfg, l.err = build(f.file, f.root) })
	return l.cfg, l.err
}

// FileNames are the names of the config file, in the order they are
// looked for in each directory.
var FileNames = []string{"statuslint.yaml", ".statuslint.yaml"}

// find returns the config file that governs dir, or "", and the module
// root (the directory of the nearest go.mod at or above dir), or "".
func find(dir string) (file, root string) {
	root = ModuleRoot(dir)
	for d := dir; ; {
		if file == "" {
			for _, name := range FileNames {
				p := filepath.Join(d, name)
				if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
					file = p
					break
				}
			}
		}
		parent := filepath.Dir(d)
		if file != "" || root == "" || d == root || parent == d {
			return file, root
		}
		d = parent
	}
}

// ModuleRoot returns the directory of the nearest go.mod at or above dir,
// or "" when there is none.
func ModuleRoot(dir string) string {
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

// factsOnly is set by FactsOnly before any analysis.
var factsOnly bool

// FactsOnly makes every configuration the embedded default's, read from
// no file: go vet also runs the tool on each dependency of the packages it
// vets (the standard library and the module cache included) for facts
// alone, in directories outside the module, where a relative -catalog path
// names nothing and no config file is the project's. Those runs report
// nothing, and the facts a pass exports there must not fail on the
// project's documents. The go vet protocol's driver calls it for a
// VetxOnly run.
func FactsOnly() { factsOnly = true }

// FactsOnly reports whether this run is for facts alone (FactsOnly was
// called): its findings are dropped, so a pass may skip the work that
// only finds.
func (c *Config) FactsOnly() bool { return c.factsOnly }

// build reads the config file (if any) and the catalog it and the flags
// name.
func build(file, root string) (*Config, error) {
	cfg := &Config{flagSel: flagSelection()}
	if factsOnly {
		cfg.Catalog, cfg.Default, cfg.factsOnly = catalog.Default(), true, true
		return cfg, nil
	}
	var docs []document
	if file != "" {
		cfg.File = displayPath(root, file)
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot read: %v", cfg.File, unwrapPath(err))
		}
		fs, err := parseFile(cfg.File, data)
		if err != nil {
			return nil, err
		}
		cfg.fileSel, cfg.options, cfg.sinks = fs.sel, fs.options, fs.sinks
		for _, c := range fs.catalogs {
			p := c
			if !filepath.IsAbs(p) {
				p = filepath.Join(filepath.Dir(file), p)
			}
			docs = append(docs, document{name: displayPath(root, p), path: p})
		}
	}
	if len(catalogFlag.paths) > 0 {
		docs = docs[:0]
		base := catalogFlag.base
		if base == "" {
			base = root
		}
		for _, p := range catalogFlag.paths {
			abs := p
			if !filepath.IsAbs(p) && base != "" {
				abs = filepath.Join(base, p)
			}
			docs = append(docs, document{name: p, path: abs})
		}
	}
	if len(docs) == 0 {
		cfg.Catalog, cfg.Default = catalog.Default(), true
		return cfg, nil
	}
	cat, err := loadDocuments(docs)
	if err != nil {
		return nil, err
	}
	cfg.Catalog = cat
	return cfg, nil
}

// displayPath names p relative to the module root when it is inside it.
func displayPath(root, p string) string {
	if root == "" {
		return p
	}
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return filepath.ToSlash(rel)
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// Inputs returns the config files in the module at root (skipping
// testdata, vendor, hidden directories and nested modules) and the
// catalog documents they name, as absolute paths: what a cache of
// results must be keyed by, beside the -catalog documents.
func Inputs(root string) []string {
	var out []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: the real run reports what matters
		}
		if d.IsDir() {
			name := d.Name()
			if p != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if p != root {
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		for _, n := range FileNames {
			if d.Name() != n {
				continue
			}
			out = append(out, p)
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			fs, err := parseFile(p, data)
			if err != nil {
				continue
			}
			for _, c := range fs.catalogs {
				if !filepath.IsAbs(c) {
					c = filepath.Join(filepath.Dir(p), c)
				}
				out = append(out, c)
			}
		}
		return nil
	})
	return out
}
