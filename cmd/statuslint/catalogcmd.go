package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/catalog/read"
)

// catalogCommand runs "statuslint catalog": it reads the documents named
// with -catalog (or the embedded default), merges them, and prints the
// catalog as JSON, as a Markdown document, or as Go constants.
// It returns the exit status.
func catalogCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(progname+" catalog", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var paths catalogPaths
	fs.Var(&paths, "catalog", "read the API's codes from this `document` (repeatable)")
	asJSON := fs.Bool("json", false, "print JSON (the same as -format json)")
	format := fs.String("format", "markdown", "output `format`: json, markdown or go")
	pkg := fs.String("package", "", "with -format go, the package `name` of the generated file")
	explain := fs.Bool("explain", false, "print how each document was read: the kind of each heading and why, each table, list or block read or skipped")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "usage: %s catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME | -explain]\n", progname)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		return usageError(stderr, "catalog: %v", err)
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "catalog: unexpected argument %q", fs.Arg(0))
	}
	if *asJSON {
		if set(fs, "format") && *format != "json" {
			return usageError(stderr, "catalog: -json and -format %s disagree", *format)
		}
		*format = "json"
	}
	switch *format {
	case "json", "markdown":
		if *pkg != "" {
			return usageError(stderr, "catalog: -package goes with -format go")
		}
	case "go":
		if *pkg == "" {
			return usageError(stderr, "catalog: -format go needs -package NAME")
		}
		if !token.IsIdentifier(*pkg) || *pkg == "_" {
			return usageError(stderr, "catalog: -package %q is not a Go package name", *pkg)
		}
	default:
		return usageError(stderr, "catalog: -format %q: want json, markdown or go", *format)
	}

	if *explain {
		if set(fs, "format") || *asJSON || *pkg != "" {
			return usageError(stderr, "catalog: -explain prints no catalog; leave out -json, -format and -package")
		}
		return explainCommand(paths, stdout, stderr)
	}
	cat, err := loadCatalog(paths, "")
	if err != nil {
		return fail(stderr, "%v", err)
	}
	w := bufio.NewWriter(stdout)
	switch *format {
	case "json":
		err = cat.WriteJSON(w)
	case "markdown":
		err = cat.WriteMarkdown(w)
	case "go":
		err = cat.WriteGo(w, *pkg)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fail(stderr, "catalog: %v", err)
	}
	for _, warning := range cat.Warnings {
		fmt.Fprintf(stderr, "%s: warning: %s\n", progname, warning)
	}
	return 0
}

// explainCommand prints, for each document, the reader's decisions, and
// ends with what the document gave or the error that stopped it.
func explainCommand(paths []string, stdout, stderr io.Writer) int {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := 0
	if len(paths) == 0 {
		// The embedded default, read as any document is.
		name, data := catalog.DefaultDocument()
		return explainOne(w, stderr, name, data)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			w.Flush()
			status = fail(stderr, "%v", &catalog.Error{File: p, Msg: "cannot read: " + readReason(err)})
			continue
		}
		if s := explainOne(w, stderr, p, data); s != 0 {
			status = s
		}
	}
	return status
}

// explainOne prints the reader's decisions for one document and what it
// gave, or the error that stopped it.
func explainOne(w *bufio.Writer, stderr io.Writer, name string, data []byte) int {
	c, lines, err := read.Explain(name, data)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err != nil {
		w.Flush()
		return fail(stderr, "%v", err)
	}
	fmt.Fprintf(w, "%s: read %s\n", name, summary(c))
	return 0
}

func readReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// summary counts what a catalog documents: "11 statuses, 1 class, 233 error codes".
func summary(c *catalog.Catalog) string {
	var parts []string
	count := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	count(len(c.HTTP), "status", "statuses")
	count(len(c.HTTPRanges), "status class", "status classes")
	count(len(c.ErrorCodes), "error code", "error codes")
	count(len(c.CloseCodes), "close code", "close codes")
	count(len(c.CloseRanges), "close-code range", "close-code ranges")
	count(len(c.Opcodes), "opcode", "opcodes")
	if c.ErrorShape.Documented() {
		parts = append(parts, "error body "+c.ErrorShape.String())
	}
	if c.ServerErrorShape.Documented() {
		parts = append(parts, "5xx body "+c.ServerErrorShape.String())
	}
	return strings.Join(parts, ", ")
}

// set reports whether the flag was given on the command line.
func set(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// fail prints a one-line error and returns exit status 1.
func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "%s: "+format+"\n", append([]any{progname}, args...)...)
	return 1
}

// usageError prints a one-line error about the command line and returns
// exit status 2, as package flag does for the analysis modes.
func usageError(stderr io.Writer, format string, args ...any) int {
	fail(stderr, format, args...)
	return 2
}
