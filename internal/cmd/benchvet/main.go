// Command benchvet measures what statuslint adds to `go vet` on real
// modules: for every module of the corpus it times, in one run and
// interleaved, stock `go vet ./...`, `go vet -vettool=statuslint ./...` and
// `go vet -vettool=noopvet ./...` (a vet tool without analyzers: the floor
// of parsing and type-checking that no suite can go below), with a warm
// build cache and with a cold one, and prints the ratios statuslint / go vet
// and statuslint / floor with their minimum, median and maximum, by wall
// time and by CPU time. statuslint-vet (the suite without the catalog
// readers, for go vet) is timed beside statuslint.
//
// Usage, from the repository root:
//
//	go run ./internal/cmd/benchvet [-runs 3] [-modes warm,cold] [-only REGEXP] [-corpus FILE] [-json FILE] [-full=false] [-vettool name=path]...
//	go run ./internal/cmd/benchvet -replay [-runs 3] [-only REGEXP] [-full=false] [-vettool name=path]...
//
// With -replay it times each vet process alone instead (see replay.go).
//
// How it works: the modules come from the Go module proxy (`go mod
// download`, package internal/corpus) and are copied to a scratch directory, since go vet needs a
// writable module. go vet caches its results, so a repeated command would
// time a cache hit: each warm run gets a fresh build cache hard-linked from
// a template that a warm-up vet (with a flag no timed run uses) filled with
// every compiled dependency, and each cold run gets an empty one. Wall time
// is the go command's; peak memory is the largest resident set of the go
// command and the processes it waited for (getrusage of the child), which
// includes the compiler in cold runs.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/statuslint/statuslint/internal/corpus"
)

// A tool is one of the commands compared.
type tool struct {
	Name string   // "go vet", "statuslint-vet", "statuslint", "noop", "gcl statuslint", "gcl usestdlibvars", "gcl errcheck"
	Prog string   // the program: "go", or the custom golangci-lint binary
	Args []string // its arguments before the patterns
	// Cold golangci-lint cache: each run gets a new GOLANGCI_LINT_CACHE.
	golangci bool
}

// A sample is one timed run.
type sample struct {
	Module string        `json:"module"`
	Mode   string        `json:"mode"` // "warm" or "cold"
	Tool   string        `json:"tool"`
	Round  int           `json:"round"`
	Wall   time.Duration `json:"wall_ns"`
	CPU    time.Duration `json:"cpu_ns"` // user + system, children included
	MaxRSS int64         `json:"max_rss_kib"`
	Exit   int           `json:"exit"` // go vet exits 1 on findings too
}

func main() {
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "benchvet: "+format+"\n", args...) }
	if real := os.Getenv(wrapEnv); real != "" {
		// go vet's -vettool, capturing units for -replay
		code, err := wrapVet(real)
		if err != nil {
			log("capture: %v", err)
		}
		os.Exit(code)
	}
	runs := flag.Int("runs", 3, "timed `runs` of each tool per module and mode")
	modes := flag.String("modes", "warm,cold", "build-cache `modes` to measure: warm, cold or both")
	only := flag.String("only", "", "measure only the modules whose path matches this `regexp`")
	corpusFile := flag.String("corpus", "", "read the corpus from this `file` instead of the embedded list")
	jsonOut := flag.String("json", "", "also write every sample as JSON to this `file`")
	gcl := flag.String("golangci", "", "also time this custom golangci-lint `binary` (go run ./internal/cmd/build-custom-gcl) with --enable-only statuslint against --enable-only usestdlibvars (syntax only) and errcheck (types), each from a cold golangci-lint cache")
	full := flag.Bool("full", true, "also time the full statuslint binary under go vet (statuslint-vet is the one go vet users run; -full=false saves a quarter of the run)")
	work := flag.String("work", "", "scratch `directory` (default: a new temporary one, removed at the end)")
	replay := flag.Bool("replay", false, "instead of timing whole commands, capture every vet process of each module under each tool and replay them one at a time, -runs rounds, and sum the least CPU time of each process (-modes, -json and -golangci do not apply)")
	var extra []tool
	flag.Func("vettool", "also time `name=path`, another vet tool (a variant of statuslint under study); repeatable", func(v string) error {
		name, path, ok := strings.Cut(v, "=")
		if !ok || name == "" || path == "" {
			return errors.New("want name=path")
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		extra = append(extra, tool{Name: name, Prog: "go", Args: []string{"vet", "-vettool=" + abs}})
		return nil
	})
	flag.Parse()
	if flag.NArg() > 0 {
		log("unexpected arguments: %s", strings.Join(flag.Args(), " "))
		os.Exit(2)
	}
	if *runs < 1 {
		log("-runs must be at least 1")
		os.Exit(2)
	}
	var modeList []string
	for _, m := range strings.Split(*modes, ",") {
		if m != "warm" && m != "cold" {
			log("-modes: %q is neither warm nor cold", m)
			os.Exit(2)
		}
		modeList = append(modeList, m)
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
	if filter != nil {
		mods = slices.DeleteFunc(mods, func(m corpus.Module) bool { return !filter.MatchString(m.Path) })
	}
	if len(mods) == 0 {
		log("no module of the corpus matches -only")
		os.Exit(1)
	}

	dir := *work
	if dir == "" {
		if dir, err = os.MkdirTemp("", "benchvet"); err != nil {
			log("%v", err)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
	}
	if *replay && *gcl != "" {
		log("-replay times vet tools only, not -golangci")
		os.Exit(2)
	}
	if err := run(dir, mods, modeList, *runs, *jsonOut, *gcl, *full, *replay, extra); err != nil {
		log("%v", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
}

func run(dir string, mods []corpus.Module, modes []string, runs int, jsonOut, gcl string, full, replay bool, extra []tool) error {
	bin := filepath.Join(dir, "bin")
	statuslint := filepath.Join(bin, "statuslint")
	lean := filepath.Join(bin, "statuslint-vet")
	noop := filepath.Join(bin, "noopvet")
	// Build the tools from this checkout (benchvet runs from its root).
	for _, b := range [][2]string{{statuslint, "./cmd/statuslint"}, {lean, "./cmd/statuslint-vet"}, {noop, "./internal/cmd/noopvet"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", b[1], err, out)
		}
	}
	tools := []tool{
		{Name: "go vet", Prog: "go", Args: []string{"vet"}},
		{Name: "statuslint-vet", Prog: "go", Args: []string{"vet", "-vettool=" + lean}},
		{Name: "statuslint", Prog: "go", Args: []string{"vet", "-vettool=" + statuslint}},
		{Name: "noop", Prog: "go", Args: []string{"vet", "-vettool=" + noop}},
	}
	if !full {
		tools = slices.DeleteFunc(tools, func(t tool) bool { return t.Name == "statuslint" })
	}
	tools = append(tools, extra...)
	if gcl != "" {
		abs, err := filepath.Abs(gcl)
		if err != nil {
			return err
		}
		// The module plugin must be declared to be enabled; nothing else
		// is configured, so each run has one linter.
		cfg := filepath.Join(dir, "golangci.yml")
		conf := "version: \"2\"\nlinters:\n  default: none\n  settings:\n    custom:\n      statuslint:\n        type: module\n"
		if err := os.WriteFile(cfg, []byte(conf), 0o644); err != nil {
			return err
		}
		// usestdlibvars reads the syntax alone, so golangci-lint
		// type-checks nothing for it; errcheck needs types, as statuslint does.
		for _, l := range []string{"statuslint", "usestdlibvars", "errcheck"} {
			tools = append(tools, tool{Name: "gcl " + l, Prog: abs, Args: []string{"run", "-c", cfg, "--enable-only", l}, golangci: true})
		}
	}

	if replay {
		return runReplay(dir, mods, tools, runs)
	}

	var samples []sample
	for _, m := range mods {
		src, patterns, err := corpus.Prepare(dir, m, "")
		if err != nil {
			return fmt.Errorf("%s: %v", m, err)
		}
		for _, mode := range modes {
			template := ""
			if mode == "warm" {
				if template, err = warmTemplate(dir, src, patterns); err != nil {
					return fmt.Errorf("%s: warm-up: %v", m, err)
				}
			}
			for round := 1; round <= runs; round++ {
				// Rotate the order each round, so that no tool always
				// runs first after the warm-up or last before the next module.
				order := slices.Clone(tools)
				rot := (round - 1) % len(order)
				order = append(order[rot:], order[:rot]...)
				for _, t := range order {
					cache := filepath.Join(dir, "cache-run")
					os.RemoveAll(cache)
					if template != "" {
						if out, err := exec.Command("cp", "-al", template, cache).CombinedOutput(); err != nil {
							return fmt.Errorf("copy build cache: %v\n%s", err, out)
						}
					}
					var env []string
					if t.golangci {
						gcache := filepath.Join(dir, "golangci-cache")
						os.RemoveAll(gcache)
						env = append(env, "GOLANGCI_LINT_CACHE="+gcache)
					}
					args := append(slices.Clone(t.Args), patterns...)
					s, err := timed(src, cache, t.Prog, args, env)
					if err == nil && t.golangci && s.Exit > 1 {
						err = fmt.Errorf("golangci-lint exit %d: not findings (1) but a failure", s.Exit)
					}
					if err != nil {
						return fmt.Errorf("%s: %s: %v", m, t.Name, err)
					}
					s.Module, s.Mode, s.Tool, s.Round = m.String(), mode, t.Name, round
					samples = append(samples, s)
					fmt.Fprintf(os.Stderr, "benchvet: %-45s %s %-17s round %d: %6.2fs %5d MiB exit %d\n",
						m, mode, t.Name, round, s.Wall.Seconds(), s.MaxRSS/1024, s.Exit)
				}
			}
			os.RemoveAll(filepath.Join(dir, "cache-run"))
		}
	}
	if jsonOut != "" {
		data, err := json.MarshalIndent(samples, "", "\t")
		if err != nil {
			return err
		}
		if err := os.WriteFile(jsonOut, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	report(os.Stdout, samples)
	return nil
}

// warmTemplate fills a build cache for the module in src and returns its
// directory. A flag that no timed run passes: the template holds every
// compiled package, and no vet result a timed run could hit.
func warmTemplate(dir, src string, patterns []string) (string, error) {
	template := filepath.Join(dir, "cache-template")
	os.RemoveAll(template)
	args := append([]string{"vet", "-printf.funcs=benchvetWarmup"}, patterns...)
	_, err := timed(src, template, "go", args, nil)
	return template, err
}

// runReplay captures and replays each module's vet processes under stock
// go vet's tool, the floor and the tools under test (-replay), and prints
// the table.
func runReplay(dir string, mods []corpus.Module, tools []tool, runs int) error {
	out, err := exec.Command("go", "env", "GOTOOLDIR").Output()
	if err != nil {
		return fmt.Errorf("go env GOTOOLDIR: %v", err)
	}
	var vet, floor *replayed
	var all, tested []*replayed
	for _, t := range tools {
		r := &replayed{Name: t.Name, Prog: strings.TrimPrefix(t.Args[len(t.Args)-1], "-vettool=")}
		switch t.Name {
		case "go vet":
			r.Prog = filepath.Join(strings.TrimSpace(string(out)), "vet")
			vet = r
		case "noop":
			floor = r
		default:
			tested = append(tested, r)
		}
		all = append(all, r)
	}
	var rows bytes.Buffer
	for _, m := range mods {
		src, patterns, err := corpus.Prepare(dir, m, "")
		if err != nil {
			return fmt.Errorf("%s: %v", m, err)
		}
		template, err := warmTemplate(dir, src, patterns)
		if err != nil {
			return fmt.Errorf("%s: warm-up: %v", m, err)
		}
		if err := replayModule(dir, src, template, patterns, all, runs, m); err != nil {
			return fmt.Errorf("%s: %v", m, err)
		}
		if err := replayReport(&rows, m.String(), vet, floor, tested); err != nil {
			return err
		}
	}
	fmt.Printf("machine: %s, %d cores, %s, %s/%s\n\n%s%s", cpuModel(), runtime.NumCPU(), goVersion(), runtime.GOOS, runtime.GOARCH, replayHeader, rows.String())
	return nil
}

// timed runs prog with args in dir, with GOCACHE set to cache and env
// added, and returns its wall time, CPU time and peak memory.
func timed(dir, cache, prog string, args, env []string) (sample, error) {
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	cmd.Env = append(corpus.Env("GOCACHE="+cache), env...)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var s sample
	if cmd.ProcessState == nil {
		return s, err // it never started
	}
	s.Wall = wall
	s.Exit = cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.MaxRSS = ru.Maxrss // KiB on Linux
		s.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if s.Exit != 0 && !vetFindings(stderr.Bytes()) {
		return s, fmt.Errorf("exit %d:\n%s", s.Exit, corpus.Tail(stderr.Bytes(), 15))
	}
	return s, nil
}

// vetFindings reports whether go vet's output is findings (exit 1 is
// normal then) rather than a failure to build or run the tool.
func vetFindings(stderr []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.Contains(line, "cannot find package") || strings.Contains(line, "no required module") ||
			strings.Contains(line, "panic:") || strings.Contains(line, "fatal error:") {
			return false
		}
	}
	return true
}

// A key is one module and build-cache mode of the report.
type key struct{ mod, mode string }

// report prints the machine, then one Markdown table row per module,
// mode and vet tool under test (statuslint-vet, statuslint, any -vettool):
// median wall times, the tool's ratios to go vet and to the floor by wall
// time and by CPU time, with min/median/max over the rounds (each round's
// ratio pairs the runs of that round), and median peak memory. CPU time
// (user and system, the go command and every process it waited for)
// varies far less than wall time on a machine shared with other work.
func report(w io.Writer, samples []sample) {
	fmt.Fprintf(w, "machine: %s, %d cores, %s, %s/%s\n\n", cpuModel(), runtime.NumCPU(), goVersion(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintln(w, "| module | cache | tool | go vet | tool | floor | tool / go vet | tool / floor | CPU: tool / go vet | CPU: tool / floor | peak MiB go vet / tool / floor |")
	fmt.Fprintln(w, "|---|---|---|---:|---:|---:|---|---|---|---|---|")
	var keys []key
	var tested []string
	by := map[key]map[string]map[int]sample{}
	for _, s := range samples {
		k := key{s.Module, s.Mode}
		if by[k] == nil {
			by[k] = map[string]map[int]sample{}
			keys = append(keys, k)
		}
		if by[k][s.Tool] == nil {
			by[k][s.Tool] = map[int]sample{}
		}
		by[k][s.Tool][s.Round] = s
		if s.Tool != "go vet" && s.Tool != "noop" && !strings.HasPrefix(s.Tool, "gcl ") && !slices.Contains(tested, s.Tool) {
			tested = append(tested, s.Tool)
		}
	}
	defer func() {
		if !slices.ContainsFunc(samples, func(s sample) bool { return s.Tool == "gcl statuslint" }) {
			return
		}
		fmt.Fprint(w, "\ninside golangci-lint, cold golangci-lint cache:\n\n")
		fmt.Fprintln(w, "| module | cache | --enable-only statuslint | usestdlibvars | errcheck | statuslint / usestdlibvars | statuslint / errcheck | peak MiB statuslint / usestdlibvars / errcheck |")
		fmt.Fprintln(w, "|---|---|---:|---:|---:|---|---|---|")
		for _, k := range keys {
			t := by[k]
			fmt.Fprintf(w, "| %s | %s | %.2fs | %.2fs | %.2fs | %s | %s | %d / %d / %d |\n", k.mod, k.mode,
				medianWall(t["gcl statuslint"]), medianWall(t["gcl usestdlibvars"]), medianWall(t["gcl errcheck"]),
				ratios(t["gcl statuslint"], t["gcl usestdlibvars"], wallOf), ratios(t["gcl statuslint"], t["gcl errcheck"], wallOf),
				medianRSS(t["gcl statuslint"])/1024, medianRSS(t["gcl usestdlibvars"])/1024, medianRSS(t["gcl errcheck"])/1024)
		}
	}()
	for _, k := range keys {
		t := by[k]
		for _, name := range tested {
			sl, ok := t[name]
			if !ok {
				continue
			}
			fmt.Fprintf(w, "| %s | %s | %s | %.2fs | %.2fs | %.2fs | %s | %s | %s | %s | %d / %d / %d |\n", k.mod, k.mode, name,
				medianWall(t["go vet"]), medianWall(sl), medianWall(t["noop"]),
				ratios(sl, t["go vet"], wallOf), ratios(sl, t["noop"], wallOf),
				ratios(sl, t["go vet"], cpuOf), ratios(sl, t["noop"], cpuOf),
				medianRSS(t["go vet"])/1024, medianRSS(sl)/1024, medianRSS(t["noop"])/1024)
		}
	}
}

// ratios returns the min, median and max over the rounds of d(a) / d(b),
// pairing the runs of each round.
func ratios(a, b map[int]sample, d func(sample) time.Duration) string {
	var xs []float64
	for round, x := range a {
		if y, ok := b[round]; ok && d(y) > 0 {
			xs = append(xs, d(x).Seconds()/d(y).Seconds())
		}
	}
	return spread(xs)
}

func wallOf(s sample) time.Duration { return s.Wall }
func cpuOf(s sample) time.Duration  { return s.CPU }

func medianWall(m map[int]sample) float64 {
	var xs []float64
	for _, s := range m {
		xs = append(xs, s.Wall.Seconds())
	}
	return median(xs)
}

func medianRSS(m map[int]sample) int64 {
	var xs []float64
	for _, s := range m {
		xs = append(xs, float64(s.MaxRSS))
	}
	return int64(median(xs))
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	if n := len(xs); n%2 == 0 {
		return (xs[n/2-1] + xs[n/2]) / 2
	}
	return xs[len(xs)/2]
}

func spread(xs []float64) string {
	if len(xs) == 0 {
		return "—"
	}
	slices.Sort(xs)
	return fmt.Sprintf("%.2f %.2f %.2f", xs[0], median(xs), xs[len(xs)-1])
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}
