package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// printVersion prints the module version of the binary and the Go release
// it was built with.
func printVersion(w io.Writer) {
	version := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		version = bi.Main.Version
	}
	fmt.Fprintf(w, "%s %s %s\n", progname, version, runtime.Version())
}

// versionFlag is -V. A bare -V prints the version; -V=full answers the
// go command, which runs "tool -V=full" to key its cache of vet results.
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "" }

func (versionFlag) Set(s string) error {
	switch s {
	case "full":
		id, err := toolID()
		if err != nil {
			return err
		}
		// The go command reads "<name> version devel <…> buildID=<id>".
		fmt.Printf("%s version devel statuslint buildID=%s\n", progname, id)
	case "true", "1":
		printVersion(os.Stdout)
	default:
		return fmt.Errorf("want -V or -V=full")
	}
	os.Exit(0)
	return nil
}

// toolID hashes the executable and the catalog documents the calling go
// command names with -catalog.
//
// How it works: go vet caches each package's results under a key made of
// this ID, the flags and the package, so a catalog edited in place would
// otherwise leave stale results behind. The flags are not passed to
// -V=full, so they are read from the parent's command line where the
// system shows it (/proc on Linux); elsewhere only the executable counts.
func toolID() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if paths := parentCatalogs(); len(paths) > 0 {
		root := moduleRoot()
		for _, p := range paths {
			if !isAbs(p) && root != "" {
				p = root + string(os.PathSeparator) + p
			}
			data, err := os.ReadFile(p)
			if err != nil {
				continue // the real run reports it
			}
			fmt.Fprintf(h, "\x00%s\x00%d\x00", p, len(data))
			h.Write(data)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}

// parentCatalogs returns the -catalog values on the parent process's
// command line, if the system shows it.
func parentCatalogs() []string {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(os.Getppid()) + "/cmdline")
	if err != nil {
		return nil
	}
	args := strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00")
	var paths []string
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-"), "=")
		if !strings.HasPrefix(args[i], "-") || name != "catalog" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		paths = append(paths, value)
	}
	return paths
}

func isAbs(p string) bool { return strings.HasPrefix(p, string(os.PathSeparator)) }
