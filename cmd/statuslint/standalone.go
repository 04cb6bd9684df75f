package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/vetmain"
)

var errEmptyPath = errors.New("empty path")

// Exit statuses, as the README's table gives them.
const (
	exitClean    = 0 // no findings (with -json: findings printed as JSON)
	exitError    = 1 // a catalog, config file or package that cannot be read or type-checked
	exitUsage    = 2 // a bad command line
	exitFindings = 3 // findings (with -fix: findings that no fix removed)
)

// options is the standalone command line.
type options struct {
	format  string // text or json
	fix     bool
	diff    bool
	context int
	tests   bool
	tags    string
	passes  map[string]*triState // -httpstatus, -errorcode, ...

	cpuprofile string // write a CPU profile of the run to this file
	timing     bool   // print the time each analyzer took
	routes     bool   // print the route table opstatus built
}

// triState is a pass's boolean flag: unset, true or false.
type triState struct{ set, on bool }

func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) String() string {
	if t == nil || !t.set {
		return "unset"
	}
	return fmt.Sprint(t.on)
}
func (t *triState) Set(s string) error {
	switch s {
	case "true", "1":
		t.on = true
	case "false", "0":
		t.on = false
	default:
		return fmt.Errorf("want true or false")
	}
	t.set = true
	return nil
}

// contextFlag is -c; unset, no source is shown.
type contextFlag struct{ p *int }

func (f contextFlag) String() string { return "" }
func (f contextFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("want a number of lines")
	}
	*f.p = n
	return nil
}

// formatFlag is -format.
type formatFlag struct{ p *string }

func (f formatFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}

func (f formatFlag) Set(s string) error {
	switch s {
	case "text", "json", "sarif":
	default:
		return fmt.Errorf("want text, json or sarif")
	}
	*f.p = s
	return nil
}

// jsonFlag is -json, the same as -format json.
type jsonFlag struct{ p *string }

func (jsonFlag) IsBoolFlag() bool { return true }
func (jsonFlag) String() string   { return "false" }
func (f jsonFlag) Set(s string) error {
	switch s {
	case "true", "1":
		*f.p = "json"
	case "false", "0":
	default:
		return fmt.Errorf("want true or false")
	}
	return nil
}

// versionBool is -version and a bare -V.
type versionBool struct{ p *bool }

func (versionBool) IsBoolFlag() bool { return true }
func (versionBool) String() string   { return "false" }
func (v versionBool) Set(s string) error {
	switch s {
	case "true", "1":
		*v.p = true
	case "false", "0":
		*v.p = false
	default:
		return fmt.Errorf("want -V or -V=full")
	}
	return nil
}

// newFlagSet returns the standalone command's flags.
func newFlagSet(o *options, version *bool) *flag.FlagSet {
	fs := flag.NewFlagSet(progname, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	analyzer.Config.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	o.format = "text"
	fs.Var(formatFlag{&o.format}, "format", "output `format`: text, json or sarif (SARIF 2.1.0)")
	fs.Var(jsonFlag{&o.format}, "json", "print the findings as JSON (the same as -format json)")
	fs.BoolVar(&o.fix, "fix", false, "apply every suggested fix")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	o.context = -1
	fs.Var(contextFlag{&o.context}, "c", "show each finding's line with `N` lines of context")
	fs.BoolVar(&o.tests, "test", true, "analyse the packages' tests too")
	fs.StringVar(&o.tags, "tags", "", "a comma-separated list of build `tags`")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to this `file` (go tool pprof)")
	fs.BoolVar(&o.timing, "timing", false, "print the time each analyzer took, summed over the packages")
	fs.BoolVar(&o.routes, "routes", false, "print the routes opstatus mapped to the documented operations")
	o.passes = map[string]*triState{}
	for _, a := range analyzer.Analyzers() {
		t := new(triState)
		o.passes[a.Name] = t
		fs.Var(t, a.Name, fmt.Sprintf("run %s (-%[1]s=false turns it off; -%[1]s alone runs only the passes named so)", a.Name))
		// A pass's own options, named as go vet names them (-leak5xx.helper).
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	fs.Var(versionBool{version}, "version", "print the version and exit")
	fs.Var(versionBool{version}, "V", "print the version and exit")
	return fs
}

// standalone runs statuslint on the packages named by args and returns
// the exit status.
func standalone(args []string, stdout, stderr io.Writer) int {
	var o options
	var version bool
	fs := newFlagSet(&o, &version)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stderr, fs)
			return exitClean
		}
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitUsage
	}
	if version {
		vetmain.PrintVersion(stdout)
		return exitClean
	}
	if fs.NArg() == 0 {
		usage(stderr, fs)
		return exitUsage
	}
	if o.diff && !o.fix {
		fmt.Fprintf(stderr, "%s: -diff shows what -fix would change: use -fix -diff\n", progname)
		return exitUsage
	}
	analyzers := selectAnalyzers(o.passes)
	if len(analyzers) == 0 {
		fmt.Fprintf(stderr, "%s: every pass is disabled: nothing to check\n", progname)
		return exitUsage
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitError
	}
	config.RelativeTo(wd)
	if o.cpuprofile != "" {
		stop, err := startCPUProfile(o.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "%s: -cpuprofile: %v\n", progname, err)
			return exitError
		}
		defer stop()
	}

	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: o.tests,
	}
	if o.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + o.tags}
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "%s: no packages match %s\n", progname, strings.Join(fs.Args(), " "))
		return exitError
	}

	// The configuration of every package is read before any analysis, so
	// that a bad catalog or config file stops the run with its one line.
	defaults := map[*packages.Package]bool{}
	for _, p := range pkgs {
		c, err := config.ForDir(pkgDir(p, wd))
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			return exitError
		}
		defaults[p] = c.Default
	}

	errs := packageErrors(pkgs, wd)
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitError
	}
	if o.timing {
		printTiming(stderr, graph)
	}
	var found []finding
	defaultCatalog := false
	for _, act := range graph.Roots {
		if act.Err != nil {
			if !hasErrors(act.Package) { // type errors are reported as such
				errs = appendUnique(errs, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			f := newFinding(act.Package.PkgPath, act.Package.Fset, act.Analyzer, d, wd)
			found = append(found, f)
			if defaults[act.Package] && strings.HasPrefix(d.Category, "undocumented-") {
				defaultCatalog = true
			}
		}
	}
	found = dedupe(found)

	code := exitClean
	if o.fix {
		remaining, err := applyFixes(found, o.diff, stdout)
		if err != nil {
			errs = append(errs, err.Error())
		}
		found = remaining
	}
	// Each formatter takes the neutral findings. The machine-read ones
	// exit 0 with findings, as the x/tools drivers do with -json.
	switch o.format {
	case "json":
		if err := writeJSON(stdout, found); err != nil {
			errs = append(errs, err.Error())
		}
	case "sarif":
		if err := writeSARIF(stdout, found, wd); err != nil {
			errs = append(errs, err.Error())
		}
	default:
		writeText(stderr, found, o.context)
		if len(found) > 0 {
			code = exitFindings
		}
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "%s: %s\n", progname, e)
	}
	if o.format == "text" {
		routeNotes(graph, o.routes, stdout, stderr, wd) // once per run, over every package
	}
	if defaultCatalog && o.format == "text" {
		fmt.Fprintf(stderr, "%s: note: the undocumented-* findings are checked against %s, not your API's: name your documents with -catalog or in statuslint.yaml (catalog: docs/status-codes.md)\n", progname, "the embedded default catalog")
	}
	if len(errs) > 0 {
		return exitError
	}
	return code
}

// selectAnalyzers returns the passes the flags leave on: -<pass> alone
// runs only the passes named so, -<pass>=false turns one off, and so does
// -disable naming the pass or all its categories.
func selectAnalyzers(passes map[string]*triState) []*analysis.Analyzer {
	only := false
	for _, t := range passes {
		only = only || t.set && t.on
	}
	var out []*analysis.Analyzer
	for _, a := range analyzer.Analyzers() {
		t := passes[a.Name]
		if only && !(t.set && t.on) || t.set && !t.on || config.DisabledByFlags(a.Name) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// pkgDir returns the directory of a package's first Go file.
func pkgDir(p *packages.Package, wd string) string {
	for _, f := range p.GoFiles {
		return filepath.Dir(f)
	}
	return wd
}

func hasErrors(p *packages.Package) bool { return len(p.Errors) > 0 || len(p.TypeErrors) > 0 }

// packageErrors returns the errors of the packages and their
// dependencies, once each, with positions relative to wd.
func packageErrors(pkgs []*packages.Package, wd string) []string {
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = relPos(e.Pos, wd) + ": " + msg
			} else if !strings.Contains(msg, p.PkgPath) && p.PkgPath != "" {
				msg = p.PkgPath + ": " + msg
			}
			errs = appendUnique(errs, msg)
		}
	})
	return errs
}

func appendUnique(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// relPos shortens the file name of a "file:line:col" position.
func relPos(pos, wd string) string {
	file, rest := pos, ""
	// The file name may hold colons; the line and column are numbers.
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || strings.Trim(file[i+1:], "0123456789") != "" {
			break
		}
		file, rest = file[:i], file[i:]+rest
	}
	return relFile(file, wd) + rest
}

// relFile names file relative to wd when it is inside it.
func relFile(file, wd string) string {
	if rel, err := filepath.Rel(wd, file); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
}

// usage prints the command's usage and its flags.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, `%[1]s checks Go handlers against the status codes an API documents.

Usage:
  %[1]s [flags] packages...
  go vet -vettool=$(command -v %[1]s) [-catalog=PATH] ./...
  go fix -fixtool=$(command -v %[1]s) [-catalog=PATH] ./...
  %[1]s catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME]
  %[1]s help [pass | category]

The configuration comes from statuslint.yaml (or .statuslint.yaml), found
from each package's directory up to its module root; flags override it.

Flags:
`, progname)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// position is a place in a file, for the formatters.
type position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Offset int    `json:"offset"`
}

func (p position) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column) }

// A finding is one diagnostic in a neutral form, collected before any
// formatter prints it.
type finding struct {
	Package  string // the package path
	Analyzer string
	Category string
	URL      string
	Message  string
	Start    position
	End      position
	Fixes    []fixDesc
	// abs is Start.File as the loader named it, to read and write.
	abs string
}

type fixDesc struct {
	Message string
	Edits   []editDesc
}

type editDesc struct {
	File       string // relative to the working directory when inside it
	abs        string
	Start, End int // byte offsets
	New        string
}

func newFinding(pkg string, fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic, wd string) finding {
	pos := func(p token.Pos) position {
		if !p.IsValid() {
			return position{}
		}
		q := fset.PositionFor(p, false)
		return position{File: relFile(q.Filename, wd), Line: q.Line, Column: q.Column, Offset: q.Offset}
	}
	f := finding{
		Package: pkg, Analyzer: a.Name, Category: d.Category, URL: d.URL, Message: d.Message,
		Start: pos(d.Pos), End: pos(d.Pos),
	}
	f.abs = fset.PositionFor(d.Pos, false).Filename
	if d.End.IsValid() {
		f.End = pos(d.End)
	}
	if f.URL == "" {
		f.URL = a.URL
	}
	for _, sf := range d.SuggestedFixes {
		fd := fixDesc{Message: sf.Message}
		for _, e := range sf.TextEdits {
			start := fset.PositionFor(e.Pos, false)
			end := start
			if e.End.IsValid() {
				end = fset.PositionFor(e.End, false)
			}
			fd.Edits = append(fd.Edits, editDesc{
				File: relFile(start.Filename, wd), abs: start.Filename,
				Start: start.Offset, End: end.Offset, New: string(e.NewText),
			})
		}
		f.Fixes = append(f.Fixes, fd)
	}
	return f
}

// dedupe drops the findings reported twice, as in a package and in its
// test variant, and sorts them by position.
func dedupe(found []finding) []finding {
	slices.SortStableFunc(found, func(a, b finding) int {
		if c := strings.Compare(a.Start.File, b.Start.File); c != 0 {
			return c
		}
		if a.Start.Offset != b.Start.Offset {
			return a.Start.Offset - b.Start.Offset
		}
		if c := strings.Compare(a.Analyzer, b.Analyzer); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	return slices.CompactFunc(found, func(a, b finding) bool {
		return a.Start == b.Start && a.End == b.End && a.Analyzer == b.Analyzer && a.Message == b.Message
	})
}
