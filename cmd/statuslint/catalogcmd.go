package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
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
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "usage: %s catalog [-catalog PATH]... [-json | -format markdown | -format go -package NAME]\n", progname)
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
	return 0
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
