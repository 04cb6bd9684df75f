package main

// Replay mode (-replay): whole-command timings on a shared 2-core machine
// move by 10–20% from one round to the next, more than most changes to the
// passes. go vet runs its tool once per package, each process reading its
// unit of work from a .cfg file, so a module's run can be captured once,
// unit by unit, and replayed one process at a time: the CPU time of each
// process (getrusage) and the least of it over the rounds leave out the
// scheduling and the go command's own work, and say which package the
// time above the floor is spent in.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/statuslint/statuslint/internal/corpus"
)

// The environment of benchvet when go vet runs it as its -vettool to
// capture units: the real tool, and the directory to copy units to.
const (
	wrapEnv  = "BENCHVET_WRAP"
	unitsEnv = "BENCHVET_UNITS"
)

// wrapVet is benchvet as go vet's -vettool: it runs the real tool with
// go vet's arguments and, for a unit of work, copies the unit's .cfg, the
// arguments and the tool's exit code to $BENCHVET_UNITS (a replay that
// exits otherwise did not do the same work). It returns the exit code.
func wrapVet(real string) (int, error) {
	args := os.Args[1:]
	cmd := exec.Command(real, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return 1, err
	}
	code := cmd.ProcessState.ExitCode()
	n := len(args)
	if n == 0 || !strings.HasSuffix(args[n-1], ".cfg") {
		return code, nil // -V=full, -flags
	}
	cfg, err := os.ReadFile(args[n-1])
	if err != nil {
		return 1, err
	}
	f, err := os.CreateTemp(os.Getenv(unitsEnv), "unit-*.cfg")
	if err != nil {
		return 1, err
	}
	if _, err := f.Write(cfg); err != nil {
		return 1, err
	}
	if err := f.Close(); err != nil {
		return 1, err
	}
	rec, err := json.Marshal(record{Args: args[:n-1], Exit: code})
	if err != nil {
		return 1, err
	}
	if err := os.WriteFile(strings.TrimSuffix(f.Name(), ".cfg")+".json", rec, 0o644); err != nil {
		return 1, err
	}
	return code, nil
}

// A record is what wrapVet keeps of a unit beside its .cfg.
type record struct {
	Args []string // go vet's arguments before the .cfg
	Exit int      // the tool's exit code
}

// A unit is one captured vet process.
type unit struct {
	Key string // import path and go's package ID: the same package under each tool
	Cfg string // the copy of its .cfg
	record
}

// capture runs `go vet -work -vettool=benchvet` in src with a fresh copy of
// the warm build cache template, benchvet handing each unit to real, and
// returns the units and the directories they read: go vet's work
// directory (the facts files) and the build cache (the export data), which
// must stay until the units are replayed.
func capture(dir, src, template, real string, patterns []string, n int) ([]unit, []string, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, nil, err
	}
	units := filepath.Join(dir, fmt.Sprintf("units-%d", n))
	os.RemoveAll(units)
	if err := os.MkdirAll(units, 0o755); err != nil {
		return nil, nil, err
	}
	cache := filepath.Join(dir, fmt.Sprintf("cache-replay-%d", n))
	os.RemoveAll(cache)
	if out, err := exec.Command("cp", "-al", template, cache).CombinedOutput(); err != nil {
		return nil, nil, fmt.Errorf("copy build cache: %v\n%s", err, out)
	}
	keep := []string{cache, units}
	cmd := exec.Command("go", append([]string{"vet", "-work", "-vettool=" + self}, patterns...)...)
	cmd.Dir = src
	cmd.Env = corpus.Env("GOCACHE="+cache, wrapEnv+"="+real, unitsEnv+"="+units)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	err = cmd.Run()
	for line := range strings.Lines(stderr.String()) {
		if w, ok := strings.CutPrefix(strings.TrimSpace(line), "WORK="); ok {
			keep = append(keep, w)
		}
	}
	if err != nil && (cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1 || !vetFindings(stderr.Bytes())) {
		return nil, keep, fmt.Errorf("capture with %s: %v:\n%s", real, err, corpus.Tail(stderr.Bytes(), 15))
	}
	cfgs, err := filepath.Glob(filepath.Join(units, "unit-*.cfg"))
	if err != nil {
		return nil, keep, err
	}
	var out []unit
	for _, c := range cfgs {
		data, err := os.ReadFile(c)
		if err != nil {
			return nil, keep, err
		}
		var id struct{ ID, ImportPath string }
		if err := json.Unmarshal(data, &id); err != nil {
			return nil, keep, fmt.Errorf("%s: %v", c, err)
		}
		u := unit{Key: id.ImportPath + " " + id.ID, Cfg: c}
		if data, err = os.ReadFile(strings.TrimSuffix(c, ".cfg") + ".json"); err != nil {
			return nil, keep, err
		}
		if err := json.Unmarshal(data, &u.record); err != nil {
			return nil, keep, err
		}
		out = append(out, u)
	}
	if len(out) == 0 {
		return nil, keep, fmt.Errorf("capture with %s: go vet ran no unit", real)
	}
	slices.SortFunc(out, func(a, b unit) int { return strings.Compare(a.Key, b.Key) })
	return out, keep, nil
}

// A use is one replayed process.
type use struct {
	CPU    time.Duration
	MaxRSS int64 // KiB
}

// replayUnit runs the tool on one captured unit, alone.
func replayUnit(real string, u unit) (use, error) {
	cmd := exec.Command(real, append(slices.Clone(u.Args), u.Cfg)...)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return use{}, err
	}
	var r use
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.MaxRSS = ru.Maxrss
	}
	if code := cmd.ProcessState.ExitCode(); code != u.Exit {
		return r, fmt.Errorf("%s on %s: exit %d, not %d as under go vet:\n%s", filepath.Base(real), u.Key, code, u.Exit, corpus.Tail(stderr.Bytes(), 10))
	}
	return r, nil
}

// A replayed tool is a vet tool's units and, by unit key, the least CPU
// time and the largest memory over the rounds.
type replayed struct {
	Name  string
	Prog  string
	units []unit
	CPU   map[string]time.Duration
	RSS   map[string]int64
}

func (r *replayed) add(key string, u use) {
	if c, ok := r.CPU[key]; !ok || u.CPU < c {
		r.CPU[key] = u.CPU
	}
	r.RSS[key] = max(r.RSS[key], u.MaxRSS)
}

// replayModule captures the module's units under every tool and replays
// them, rounds times, rotating the tools' order each round.
func replayModule(dir, src, template string, patterns []string, tools []*replayed, rounds int, m corpus.Module) error {
	var keep []string
	defer func() {
		for _, d := range keep {
			os.RemoveAll(d)
		}
	}()
	for i, t := range tools {
		units, dirs, err := capture(dir, src, template, t.Prog, patterns, i)
		keep = append(keep, dirs...)
		if err != nil {
			return err
		}
		t.units = units
		t.CPU, t.RSS = make(map[string]time.Duration), make(map[string]int64)
	}
	for round := 1; round <= rounds; round++ {
		rot := (round - 1) % len(tools)
		order := append(slices.Clone(tools[rot:]), tools[:rot]...)
		for _, t := range order {
			var total time.Duration
			for _, u := range t.units {
				r, err := replayUnit(t.Prog, u)
				if err != nil {
					return err
				}
				t.add(u.Key, r)
				total += r.CPU
			}
			fmt.Fprintf(os.Stderr, "benchvet: %-45s replay %-17s round %d: %6.2fs CPU over %d processes\n", m, t.Name, round, total.Seconds(), len(t.units))
		}
	}
	return nil
}

// replayReport prints, for the module, one row per tool under test: the
// processes replayed (those every tool ran), the least CPU time of each
// summed for go vet, the floor and the tool, the tool's ratios to them,
// the largest single process of each, the time above the floor split
// between the module's own packages, its dependencies in other modules and
// the standard library, and the packages the most above the floor.
func replayReport(w io.Writer, mod string, vet, floor *replayed, tested []*replayed) error {
	for _, t := range tested {
		var keys []string
		for k := range t.CPU {
			if _, ok := floor.CPU[k]; !ok {
				continue
			}
			if _, ok := vet.CPU[k]; ok {
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			return fmt.Errorf("%s: %s, go vet and the floor ran no package in common", mod, t.Name)
		}
		slices.Sort(keys)
		sum := func(r *replayed) (d time.Duration, rss int64) {
			for _, k := range keys {
				d += r.CPU[k]
				rss = max(rss, r.RSS[k])
			}
			return d, rss
		}
		vc, vr := sum(vet)
		fc, fr := sum(floor)
		tc, tr := sum(t)
		if vc <= 0 || fc <= 0 {
			return errors.New("no CPU time measured")
		}
		type excess struct {
			key string
			d   time.Duration
		}
		var ex []excess
		for _, k := range keys {
			ex = append(ex, excess{k, t.CPU[k] - floor.CPU[k]})
		}
		path, _, _ := strings.Cut(mod, "@")
		var own, deps, std time.Duration
		for _, e := range ex {
			pkg, _, _ := strings.Cut(e.key, " ")
			switch {
			case pkg == path || strings.HasPrefix(pkg, path+"/"):
				own += e.d
			case !strings.Contains(strings.Split(pkg, "/")[0], "."):
				std += e.d
			default:
				deps += e.d
			}
		}
		slices.SortStableFunc(ex, func(a, b excess) int { return int(b.d - a.d) })
		var top []string
		for _, e := range ex[:min(3, len(ex))] {
			pkg, _, _ := strings.Cut(e.key, " ")
			top = append(top, fmt.Sprintf("%s %+d ms", pkg, e.d.Milliseconds()))
		}
		fmt.Fprintf(w, "| %s | %s | %d | %.2fs | %.2fs | %.2fs | %.3f | %.3f | %d / %d / %d | %.2fs / %.2fs / %.2fs | %s |\n", mod, t.Name, len(keys),
			vc.Seconds(), fc.Seconds(), tc.Seconds(), tc.Seconds()/vc.Seconds(), tc.Seconds()/fc.Seconds(),
			vr/1024, tr/1024, fr/1024, own.Seconds(), deps.Seconds(), std.Seconds(), strings.Join(top, ", "))
	}
	return nil
}

// replayHeader is the table replayReport's rows belong to.
const replayHeader = "| module | tool | processes | go vet | floor | tool | tool / go vet | tool / floor | largest process MiB go vet / tool / floor | above the floor: module / dependencies / std | most above the floor |\n" +
	"|---|---|---:|---:|---:|---:|---:|---:|---|---|---|\n"
