package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
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
// facts they needed), longest first.
func printTiming(w io.Writer, graph *checker.Graph) {
	total := map[string]time.Duration{}
	runs := map[string]int{}
	for act := range graph.All() {
		total[act.Analyzer.Name] += act.Duration
		runs[act.Analyzer.Name]++
	}
	names := make([]string, 0, len(total))
	for name := range total {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return int(total[b] - total[a]) })
	for _, name := range names {
		fmt.Fprintf(w, "%s: timing: %-20s %8.1f ms over %d packages\n", progname, name, float64(total[name].Microseconds())/1000, runs[name])
	}
}
