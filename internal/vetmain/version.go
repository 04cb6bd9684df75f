// Package vetmain is the go vet and go fix protocol of statuslint's
// commands: statuslint, and statuslint-vet, the same suite without the
// catalog readers, which go vet starts faster once per package.
package vetmain

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/internal/config"
)

// Name is the command's name in its messages and its -V output.
var Name = "statuslint"

// ExtraID, when set, writes more of the tool's identity into the hash of
// -V=full: statuslint-vet adds the program that reads its catalogs.
var ExtraID func(io.Writer)

// PrintVersion prints the module version of the binary, the VCS revision
// it was built from when the build recorded one, and the Go release:
// "statuslint v1.2.0 go1.25.3", "statuslint (devel) 1a2b3c4d5e6f+dirty go1.25.3".
// "(devel)" alone means neither is known.
func PrintVersion(w io.Writer) {
	fmt.Fprintf(w, "%s %s %s\n", Name, Version(), runtime.Version())
}

// Version is the module version of the binary, with the VCS revision
// when the build recorded one that the version does not name.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" || strings.Contains(version, rev[:min(12, len(rev))]) && modified != "true" {
		return version // a release, or a pseudo-version that names the revision
	}
	rev = rev[:min(12, len(rev))]
	if modified == "true" {
		rev += "+dirty"
	}
	return version + " " + rev
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
		fmt.Printf("%s version devel statuslint buildID=%s\n", Name, id)
	case "true", "1":
		PrintVersion(os.Stdout)
	default:
		return fmt.Errorf("want -V or -V=full")
	}
	os.Exit(0)
	return nil
}

// toolID hashes the executable, the catalog documents the calling go
// command names with -catalog, and the module's config files with the
// documents they name.
//
// How it works: go vet caches each package's results under a key made of
// this ID, the flags and the package, so a catalog edited in place would
// otherwise leave stale results behind. The flags are not passed to
// -V=full, so they are read from the parent's command line where the
// system shows it (/proc on Linux); elsewhere only the executable and the
// config files count. The go command runs -V=full in its own working
// directory; the module there is the one whose config files are hashed.
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
	if ExtraID != nil {
		ExtraID(h)
	}
	wd, _ := os.Getwd()
	root := config.ModuleRoot(wd)
	inputs := parentCatalogs()
	for i, p := range inputs {
		if !IsAbs(p) && root != "" {
			inputs[i] = root + string(os.PathSeparator) + p
		}
	}
	if root != "" {
		inputs = append(inputs, config.Inputs(root)...)
	}
	for _, p := range inputs {
		data, err := os.ReadFile(p)
		if err != nil {
			continue // the real run reports it
		}
		fmt.Fprintf(h, "\x00%s\x00%d\x00", p, len(data))
		h.Write(data)
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

// IsAbs reports whether p is an absolute path.
func IsAbs(p string) bool { return strings.HasPrefix(p, string(os.PathSeparator)) }
