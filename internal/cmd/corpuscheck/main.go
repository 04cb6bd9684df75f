// Command corpuscheck runs statuslint over the corpus of real modules
// (package internal/corpus) and checks what no test of the project's own
// can: that the suite neither panics nor fails on code its authors never
// saw, and that every fix it suggests still compiles there. It writes every
// finding to a file per module, for reading by hand.
//
// Usage, from the repository root:
//
//	go run ./internal/cmd/corpuscheck [-only REGEXP] [-fix] [-keep] [-out DIR] [-corpus FILE]
//
// For each module it prints one table row: the packages analysed, the
// findings by category, panics and analyzer errors (type errors in the
// module's own packages are the module's, counted apart), and with -fix the
// findings that offer a fix, the files the fixes changed, and whether
// `go build ./...` and `go vet ./...` pass as well after the fixes as before
// them, with the packages each fails on. It exits 1 when any module
// panics, has an analyzer error, or stops building after its fixes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/corpus"
)

func main() {
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "corpuscheck: "+format+"\n", args...) }
	only := flag.String("only", "", "check only the modules whose path matches this `regexp`")
	fix := flag.Bool("fix", false, "also apply every suggested fix to a copy and build it")
	out := flag.String("out", "corpuscheck-out", "write each module's findings to this `directory`")
	corpusFile := flag.String("corpus", "", "read the corpus from this `file` instead of the project's list")
	keep := flag.Bool("keep", false, "keep the copies of the modules (and the fixed copies) and print where")
	flag.Parse()
	if flag.NArg() > 0 {
		log("unexpected arguments: %s", strings.Join(flag.Args(), " "))
		os.Exit(2)
	}
	var filter *regexp.Regexp
	if *only != "" {
		var err error
		if filter, err = regexp.Compile(*only); err != nil {
			log("-only: %v", err)
			os.Exit(2)
		}
	}
	mods, err := corpus.Load(*corpusFile)
	if err != nil {
		log("%v", err)
		os.Exit(1)
	}
	work, err := os.MkdirTemp("", "corpuscheck")
	if err != nil {
		log("%v", err)
		os.Exit(1)
	}
	cleanup := func() {
		if *keep {
			log("the copies are in %s", work)
		} else {
			os.RemoveAll(work)
		}
	}
	ok, err := run(work, *out, mods, filter, *fix)
	cleanup()
	if err != nil {
		log("%v", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// A row is what one module gave.
type row struct {
	module     string
	packages   int            // packages the patterns match
	findings   map[string]int // by category
	panics     int
	analyzers  int // analyzer errors
	typeErrors int // packages of the module that do not type-check
	fixable    int // findings that offer a fix
	fixed      int // files the fixes changed
	buildOK    [2]bool
	vetOK      [2]bool // before and after the fixes
	buildBad   [2]int  // packages `go build` fails on, before and after
	vetBad     [2]int  // packages `go vet` reports on or fails on
}

func run(work, out string, mods []corpus.Module, filter *regexp.Regexp, fix bool) (bool, error) {
	statuslint := filepath.Join(work, "bin", "statuslint")
	if b, err := exec.Command("go", "build", "-o", statuslint, "./cmd/statuslint").CombinedOutput(); err != nil {
		return false, fmt.Errorf("go build ./cmd/statuslint: %v\n%s", err, b)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return false, err
	}
	var rows []row
	good := true
	for _, m := range mods {
		if filter != nil && !filter.MatchString(m.Path) {
			continue // not asked for
		}
		dir, patterns, err := corpus.Prepare(work, m, "")
		if err != nil {
			return false, err
		}
		r, listing, err := analyse(statuslint, dir, patterns)
		if err != nil {
			return false, fmt.Errorf("%s: %v", m, err)
		}
		r.module = m.String()
		name := strings.NewReplacer("/", "_", "@", "_").Replace(m.String()) + ".txt"
		if err := os.WriteFile(filepath.Join(out, name), listing, 0o644); err != nil {
			return false, err
		}
		if fix && !m.Std() {
			if err := fixAndBuild(statuslint, work, m, &r); err != nil {
				return false, fmt.Errorf("%s: %v", m, err)
			}
		}
		fmt.Fprintf(os.Stderr, "corpuscheck: %s: %d packages, %d findings, %d panics, %d analyzer errors\n",
			m, r.packages, total(r.findings), r.panics, r.analyzers)
		if r.panics > 0 || r.analyzers > 0 || (fix && !m.Std() && r.buildOK[0] && !r.buildOK[1]) ||
			(fix && !m.Std() && r.vetOK[0] && !r.vetOK[1]) {
			good = false
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return false, fmt.Errorf("no module of the corpus matches -only")
	}
	report(os.Stdout, rows, fix)
	return good, nil
}

// analyse runs `statuslint -json` in dir and counts what it printed. It
// returns the findings as "file:line:col: message [category]" lines too.
func analyse(statuslint, dir string, patterns []string) (row, []byte, error) {
	r := row{findings: map[string]int{}}
	cmd := exec.Command(statuslint, append([]string{"-json"}, patterns...)...)
	cmd.Dir = dir
	cmd.Env = corpus.Env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return r, nil, err
	}
	r.panics = strings.Count(stderr.String(), "panic:")
	// The x/tools JSON tree: package → analyzer → diagnostics, or
	// → {"error": "..."} when the analyzer failed on that package.
	var tree map[string]map[string]json.RawMessage
	if stdout.Len() > 0 {
		if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
			return r, nil, fmt.Errorf("statuslint -json printed no JSON tree (%v); stderr:\n%s", err, corpus.Tail(stderr.Bytes(), 15))
		}
	} else if cmd.ProcessState.ExitCode() != 0 && r.panics == 0 {
		// Nothing analysed: a module whose packages all fail to load.
		r.typeErrors = strings.Count(stderr.String(), "\n")
	}
	list := exec.Command("go", append([]string{"list"}, patterns...)...)
	list.Dir, list.Env = dir, corpus.Env()
	if names, err := list.Output(); err == nil {
		r.packages = bytes.Count(names, []byte("\n"))
	}
	var lines []string
	pkgs := make([]string, 0, len(tree))
	for pkg := range tree {
		pkgs = append(pkgs, pkg)
	}
	slices.Sort(pkgs)
	// A package and its test variant ("p [p.test]") share files: count a
	// finding once.
	seen := map[string]bool{}
	for _, pkg := range pkgs {
		for name, raw := range tree[pkg] {
			var failed struct{ Error string }
			if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
				if strings.Contains(failed.Error, "panic") {
					r.panics++
				} else {
					r.analyzers++
				}
				lines = append(lines, fmt.Sprintf("%s: %s: error: %s", pkg, name, failed.Error))
				continue
			}
			var diags []struct {
				Posn     string            `json:"posn"`
				Message  string            `json:"message"`
				Category string            `json:"category"`
				Fixes    []json.RawMessage `json:"suggested_fixes"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				return r, nil, fmt.Errorf("package %s, analyzer %s: %v", pkg, name, err)
			}
			for _, d := range diags {
				rel := d.Posn
				if p, err := filepath.Rel(dir, d.Posn); err == nil && !strings.HasPrefix(p, "..") {
					rel = p
				}
				line := fmt.Sprintf("%s: %s [%s]", rel, d.Message, d.Category)
				if seen[line] {
					continue // the test variant's copy
				}
				seen[line] = true
				r.findings[d.Category]++
				if len(d.Fixes) > 0 {
					r.fixable++
				}
				lines = append(lines, line)
			}
		}
	}
	// Type errors of the module's own packages go to stderr; they are the
	// module's, not the analyzer's, but a reader should see them.
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.TrimSpace(line) != "" && !strings.Contains(line, "panic:") {
			lines = append(lines, "stderr: "+line)
		}
	}
	return r, []byte(strings.Join(lines, "\n") + "\n"), nil
}

// fixAndBuild builds and vets a second copy of m, applies every fix with
// `statuslint -fix`, and builds and vets it again.
func fixAndBuild(statuslint, work string, m corpus.Module, r *row) error {
	dir, patterns, err := corpus.Prepare(work, m, "fix")
	if err != nil {
		return err
	}
	orig, _, err := corpus.Prepare(work, m, "")
	if err != nil {
		return err
	}
	r.buildOK[0], r.vetOK[0], r.buildBad[0], r.vetBad[0] = builds(dir, patterns)
	cmd := exec.Command(statuslint, append([]string{"-fix"}, patterns...)...)
	cmd.Dir = dir
	cmd.Env = corpus.Env()
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	_ = cmd.Run() // exits 3 when findings without a fix remain
	if cmd.ProcessState == nil {
		return fmt.Errorf("statuslint -fix did not start")
	}
	diff, _ := exec.Command("diff", "-rq", orig, dir).Output()
	r.fixed = bytes.Count(diff, []byte("\n"))
	r.buildOK[1], r.vetOK[1], r.buildBad[1], r.vetBad[1] = builds(dir, patterns)
	return nil
}

// builds reports whether `go build` and stock `go vet` pass on patterns in
// dir, and on how many packages each fails or reports.
func builds(dir string, patterns []string) (build, vet bool, buildBad, vetBad int) {
	b := exec.Command("go", append([]string{"build"}, patterns...)...)
	b.Dir, b.Env = dir, corpus.Env()
	bout, berr := b.CombinedOutput()
	v := exec.Command("go", append([]string{"vet"}, patterns...)...)
	v.Dir, v.Env = dir, corpus.Env()
	vout, verr := v.CombinedOutput()
	return berr == nil, verr == nil, failing(bout), failing(vout)
}

// failing counts the package directories the go command's output names:
// the files of its "file.go:line:col: message" lines (type errors under a
// "# import/path" header, vet's findings without one), a package and its
// tests once.
func failing(out []byte) int {
	seen := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimPrefix(line, "vet: ")
		file, _, ok := strings.Cut(line, ":")
		if !ok || !strings.HasSuffix(file, ".go") || strings.ContainsAny(file, " \t") {
			continue // a header, a note, a continuation line
		}
		seen[filepath.Dir(filepath.Clean(file))] = true
	}
	return len(seen)
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func report(w io.Writer, rows []row, fix bool) {
	fmt.Fprint(w, "| module | packages | findings | panics | analyzer errors |")
	if fix {
		fmt.Fprint(w, " fixable | files fixed | builds before → after | go vet clean before → after | packages failing build | packages failing vet |")
	}
	fmt.Fprint(w, "\n|---|---:|---|---:|---:|")
	if fix {
		fmt.Fprint(w, "---:|---:|---|---|---|---|")
	}
	fmt.Fprintln(w)
	yes := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	for _, r := range rows {
		cats := make([]string, 0, len(r.findings))
		for c := range r.findings {
			cats = append(cats, c)
		}
		slices.Sort(cats)
		var parts []string
		for _, c := range cats {
			parts = append(parts, fmt.Sprintf("%s %d", c, r.findings[c]))
		}
		found := strings.Join(parts, ", ")
		if found == "" {
			found = "none"
		}
		fmt.Fprintf(w, "| %s | %d | %s | %d | %d |", r.module, r.packages, found, r.panics, r.analyzers)
		if fix {
			if strings.HasPrefix(r.module, "std") {
				fmt.Fprint(w, " — | — | — | — | — | — |")
			} else {
				fmt.Fprintf(w, " %d | %d | %s → %s | %s → %s | %d → %d | %d → %d |", r.fixable, r.fixed,
					yes(r.buildOK[0]), yes(r.buildOK[1]), yes(r.vetOK[0]), yes(r.vetOK[1]),
					r.buildBad[0], r.buildBad[1], r.vetBad[0], r.vetBad[1])
			}
		}
		fmt.Fprintln(w)
	}
}
