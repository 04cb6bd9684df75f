// Package corpus is the list of real modules statuslint is measured and
// checked on, and the preparation each needs: a writable copy of the
// module, fetched through the Go module proxy, with its dependencies
// downloaded. The commands internal/cmd/benchvet (speed) and
// internal/cmd/corpuscheck (no crash, fixes that compile, findings to read)
// share it.
package corpus

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

//go:embed corpus.txt
var list string

// A Module is one entry of the corpus.
type Module struct {
	Path, Version string // Path "std" is the standard library
}

// Std reports whether m is the standard library.
func (m Module) Std() bool { return m.Path == "std" }

func (m Module) String() string {
	if m.Std() {
		return "std"
	}
	return m.Path + "@" + m.Version
}

// List returns the corpus kept in the project (corpus.txt).
func List() []Module {
	mods, err := Parse(list)
	if err != nil {
		panic(err) // corpus.txt is the project's own file; a test reads it
	}
	return mods
}

// Load returns the corpus of file, or the project's when file is "".
func Load(file string) ([]Module, error) {
	if file == "" {
		return List(), nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return Parse(string(data))
}

// Parse reads "path version" lines and "std"; # starts a comment.
func Parse(text string) ([]Module, error) {
	var mods []Module
	for i, line := range strings.Split(text, "\n") {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			continue
		case len(f) == 1 && f[0] == "std":
			mods = append(mods, Module{Path: "std"})
		case len(f) == 2 && strings.HasPrefix(f[1], "v"):
			mods = append(mods, Module{Path: f[0], Version: f[1]})
		default:
			return nil, fmt.Errorf("corpus line %d: want \"module/path vX.Y.Z\" or \"std\", got %q", i+1, strings.TrimSpace(line))
		}
	}
	if len(mods) == 0 {
		return nil, errors.New("the corpus lists no modules")
	}
	return mods, nil
}

// Env is the environment the go command runs the corpus with: go.sum
// entries a published module lacks for its tests' dependencies are added
// rather than refused.
func Env(extra ...string) []string {
	return append(append(os.Environ(), "GOFLAGS=-mod=mod"), extra...)
}

// Prepare makes a writable copy of m under dir/src/NAME (dir/src/NAME-SUFFIX
// when suffix is not empty, for a second copy that a fix may change) with
// the dependencies of its packages and tests downloaded, and returns the
// copy's directory and the package patterns to give the go command. The
// standard library needs no copy: it is vetted as "std" from dir/std.
func Prepare(dir string, m Module, suffix string) (string, []string, error) {
	if m.Std() {
		d := filepath.Join(dir, "std")
		return d, []string{"std"}, os.MkdirAll(d, 0o755)
	}
	out, err := exec.Command("go", "mod", "download", "-json", m.String()).Output()
	if err != nil {
		return "", nil, fmt.Errorf("go mod download %s: %v", m, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return "", nil, err
	}
	if info.Error != "" {
		return "", nil, errors.New(info.Error)
	}
	name := strings.NewReplacer("/", "_", "@", "_").Replace(m.String())
	if suffix != "" {
		name += "-" + suffix
	}
	dst := filepath.Join(dir, "src", name)
	if _, err := os.Stat(dst); err != nil {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", nil, err
		}
		if out, err := exec.Command("cp", "-r", info.Dir, dst).CombinedOutput(); err != nil {
			return "", nil, fmt.Errorf("copy %s: %v\n%s", m, err, out)
		}
		if out, err := exec.Command("chmod", "-R", "u+w", dst).CombinedOutput(); err != nil {
			return "", nil, fmt.Errorf("chmod %s: %v\n%s", m, err, out)
		}
	}
	cmd := exec.Command("go", "list", "-deps", "-test", "./...")
	cmd.Dir = dst
	cmd.Env = Env()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("go list -deps %s: %v\n%s", m, err, Tail(out, 15))
	}
	return dst, []string{"./..."}, nil
}

// Tail returns the last n lines of b.
func Tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
