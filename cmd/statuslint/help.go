package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/config"
)

// helpCommand runs "statuslint help [name]": without a name it lists
// every pass and category, one line each; with a pass it prints the
// pass's documentation and categories; with a category, its line and URL.
func helpCommand(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		fmt.Fprintf(stdout, "%s checks Go handlers against the status codes an API documents.\n\n", progname)
		fmt.Fprintf(stdout, "Passes and their categories (statuslint help NAME for more):\n\n")
		for _, p := range config.Passes {
			fmt.Fprintf(stdout, "%-26s %s\n", p.Name, p.Summary)
			for _, c := range p.Categories {
				fmt.Fprintf(stdout, "  %-24s %s\n", c.Name, c.Summary)
			}
		}
		fmt.Fprintf(stdout, "%-26s %s\n", "suppressions", "findings about //statuslint:ignore comments, from every pass")
		for _, c := range config.Suppressions {
			fmt.Fprintf(stdout, "  %-24s %s\n", c.Name, c.Summary)
		}
		fmt.Fprintf(stdout, "\nTurn a pass or category off with -disable=NAME,... or in statuslint.yaml (disable: [NAME]);\nsilence one finding with //statuslint:ignore CATEGORY reason on its line or the line before.\n")
		return exitClean
	case 1:
	default:
		return usageError(stderr, "help: want at most one pass or category, got %d", len(args))
	}
	name := args[0]
	for _, a := range analyzer.Analyzers() {
		if a.Name != name {
			continue
		}
		doc := strings.TrimSpace(a.Doc)
		if !strings.HasPrefix(doc, a.Name+":") {
			doc = a.Name + ": " + doc
		}
		fmt.Fprintln(stdout, doc)
		for _, p := range config.Passes {
			if p.Name != name {
				continue
			}
			fmt.Fprintf(stdout, "\nCategories:\n")
			for _, c := range p.Categories {
				fmt.Fprintf(stdout, "  %-24s %s\n", c.Name, c.Summary)
			}
		}
		fmt.Fprintf(stdout, "\nMore: %s\n", a.URL)
		return exitClean
	}
	for _, p := range config.Passes {
		for _, c := range p.Categories {
			if c.Name == name {
				fmt.Fprintf(stdout, "%s: %s\nreported by %s\nMore: %s\n", c.Name, c.Summary, p.Name, config.URL(c.Name))
				return exitClean
			}
		}
	}
	for _, c := range config.Suppressions {
		if c.Name == name {
			fmt.Fprintf(stdout, "%s: %s\nreported by every pass\nMore: %s\n", c.Name, c.Summary, config.URL(c.Name))
			return exitClean
		}
	}
	return usageError(stderr, "help: no pass or category %q (statuslint help lists them)", name)
}
