// Package buildtool is what the offline build programs share: they take a
// Go program's module source from the module cache, copy it to a scratch
// directory, point it at this checkout with a replace directive, and
// build it. Nothing here clones a repository: the Go module proxy (or the
// module cache alone, under GOPROXY=off) is the only source.
package buildtool

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Module is the path of this checkout's module.
const Module = "github.com/statuslint/statuslint"

// Download puts mod@version in the module cache and returns its directory.
func Download(mod, version string) (string, error) {
	out, err := Go("", nil, "mod", "download", "-json", mod+"@"+version)
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr == nil && info.Error != "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", mod, version, info.Error)
	}
	if err != nil {
		return "", err
	}
	if info.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: no directory in %s", mod, version, out)
	}
	return info.Dir, nil
}

// Checkout returns the root of this checkout: the directory of the go.mod
// of module Module at or above the working directory.
func Checkout() (string, error) {
	out, err := Go("", nil, "env", "GOMOD")
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("not inside the %s module (run from the checkout, or give -checkout)", Module)
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	if !bytes.Contains(data, []byte("module "+Module+"\n")) {
		return "", fmt.Errorf("%s is not the %s module (run from the checkout, or give -checkout)", gomod, Module)
	}
	return filepath.Dir(gomod), nil
}

// CopyTree copies the regular files under src to dst, writable (the
// module cache's are read-only), leaving out directories for which skip
// reports true.
func CopyTree(dst, src string, skip func(rel string) bool) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && skip != nil && skip(filepath.ToSlash(rel)) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
}

// PointAt makes the module in dir require this checkout's module, replaced
// by the checkout at root, and adds the checkout's go.sum lines to dir's,
// so that the build needs no module the two do not already name.
func PointAt(dir, root string) error {
	if _, err := Go(dir, nil, "mod", "edit",
		"-require="+Module+"@v0.0.0",
		"-replace="+Module+"="+root); err != nil {
		return err
	}
	ours, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, "go.sum"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(ours)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Env is the environment the go commands run in: no workspace, the local
// toolchain, and -mod=mod so that the build records the requirements the
// replaced module adds.
func Env() []string {
	return append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod -buildvcs=false")
}

// Go runs the go command in dir with args and returns its standard
// output; an error carries its standard error.
func Go(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = env
	if env == nil {
		cmd.Env = Env()
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return stdout.Bytes(), fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.Bytes(), nil
}
