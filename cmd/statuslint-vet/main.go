// Command statuslint-vet is statuslint for go vet and go fix: the same
// passes and flags, without the catalog readers.
//
// Usage:
//
//	go vet -vettool=$(command -v statuslint-vet) [-catalog=PATH] ./...
//	go fix -fixtool=$(command -v statuslint-vet) [-catalog=PATH] ./...
//
// go vet starts its tool once for every package, the dependencies
// included, so a tool's start-up is paid hundreds of times in one run.
// statuslint links the Markdown, HTML and OpenAPI readers, whose
// initialisation (an OpenAPI library compiles its JSON Schema
// meta-schemas when it starts) costs more than analysing most packages.
// statuslint-vet links none of them: it asks the statuslint command
// installed beside it to read the catalog documents (statuslint catalog
// -json), once per version of the documents, and keeps the result in the
// user cache directory, where every later package of the run, and every
// later run, reads it.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
	"github.com/statuslint/statuslint/internal/suite"
	"github.com/statuslint/statuslint/internal/vetmain"
)

func main() {
	vetmain.Name = "statuslint-vet"
	if !vetmain.IsUnit(os.Args[1:]) {
		fmt.Fprintln(os.Stderr, "statuslint-vet: run it as go vet -vettool=$(command -v statuslint-vet) ./..., or run statuslint")
		os.Exit(2)
	}
	reader := findReader()
	config.UseExternal(&config.External{Parse: reader.parse, ID: reader.id()})
	vetmain.ExtraID = func(w io.Writer) { io.WriteString(w, reader.id()) }
	vetmain.Main(suite.Shared())
}

// A reader is the statuslint command that reads catalog documents.
type reader struct {
	path string // "" when none was found
}

// findReader returns the statuslint installed beside this executable, or
// else the one on PATH.
func findReader() reader {
	name := "statuslint"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if exe, err := os.Executable(); err == nil {
		if exe, err = filepath.EvalSymlinks(exe); err == nil {
			p := filepath.Join(filepath.Dir(exe), name)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				return reader{p}
			}
		}
	}
	if p, err := exec.LookPath("statuslint"); err == nil {
		return reader{p}
	}
	return reader{}
}

// id identifies the reader's build for the cache keys.
func (r reader) id() string {
	fi, err := os.Stat(r.path)
	if err != nil {
		return "no reader"
	}
	return fmt.Sprintf("%s\x00%d\x00%d", r.path, fi.Size(), fi.ModTime().UnixNano())
}

// parse reads the document at path with statuslint catalog -json, run in
// the directory that makes name the path, so that what the catalog says
// of its document names it as the configuration does.
func (r reader) parse(name, path string, _ []byte) (*catalog.Catalog, error) {
	if r.path == "" {
		return nil, &catalog.Error{File: name, Msg: "statuslint-vet reads catalog documents with the statuslint command, which is not installed beside it nor on PATH: go install github.com/statuslint/statuslint/cmd/...@latest"}
	}
	arg, dir := path, ""
	if rel, ok := strings.CutSuffix(path, name); ok && !filepath.IsAbs(name) {
		arg, dir = name, rel
	}
	cmd := exec.Command(r.path, "catalog", "-json", "-catalog", arg)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		// statuslint says what is wrong in one line: "statuslint: file:line: msg".
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		msg = strings.TrimPrefix(msg, "statuslint: ")
		if msg == "" {
			msg = err.Error()
		}
		return nil, errors.New(msg)
	}
	var c catalog.Catalog
	if err := json.Unmarshal(stdout.Bytes(), &c); err != nil {
		return nil, &catalog.Error{File: name, Msg: fmt.Sprintf("statuslint catalog -json printed what statuslint-vet cannot read (%v): are both from the same release?", err)}
	}
	return &c, nil
}
