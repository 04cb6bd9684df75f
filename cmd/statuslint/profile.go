package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis/checker"
)

// startCPUProfile starts a CPU profile written to path, and returns the
// function that ends it.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// printTiming prints, for -timing, the time each analyzer of the graph took,
// summed over every package it ran on (the roots and the dependencies whose
// facts they needed), longest first; then the slowest packages, with the
// analyzers that took most of their time.
func printTiming(w io.Writer, graph *checker.Graph) {
	total := map[string]time.Duration{}
	runs := map[string]int{}
	perPkg := map[string]time.Duration{}
	var acts []*checker.Action
	for act := range graph.All() {
		total[act.Analyzer.Name] += act.Duration
		runs[act.Analyzer.Name]++
		perPkg[act.Package.PkgPath] += act.Duration
		acts = append(acts, act)
	}
	defer func() {
		pkgs := make([]string, 0, len(perPkg))
		for p := range perPkg {
			pkgs = append(pkgs, p)
		}
		slices.SortFunc(pkgs, func(a, b string) int { return int(perPkg[b] - perPkg[a]) })
		slices.SortFunc(acts, func(a, b *checker.Action) int { return int(b.Duration - a.Duration) })
		for _, p := range pkgs[:min(len(pkgs), 10)] {
			var top []string
			for _, act := range acts {
				if act.Package.PkgPath == p && len(top) < 3 {
					top = append(top, fmt.Sprintf("%s %.1f ms", act.Analyzer.Name, float64(act.Duration.Microseconds())/1000))
				}
			}
			fmt.Fprintf(w, "%s: timing: package %s %.1f ms (%s)\n", progname, p, float64(perPkg[p].Microseconds())/1000, strings.Join(top, ", "))
		}
	}()
	names := make([]string, 0, len(total))
	for name := range total {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return int(total[b] - total[a]) })
	for _, name := range names {
		fmt.Fprintf(w, "%s: timing: %-20s %8.1f ms over %d packages\n", progname, name, float64(total[name].Microseconds())/1000, runs[name])
	}
}
