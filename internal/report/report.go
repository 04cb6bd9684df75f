// Package report is the one way statuslint's passes report a finding: it
// sets the category's URL, drops findings of disabled categories, and
// applies the suppression comments
//
//	//statuslint:ignore CATEGORY[,CATEGORY] reason
//
// on the finding's line or the line before. A name may be a category or a
// pass (all its categories). The reason is required. Because suppression
// happens where the pass reports, it works in every mode: standalone,
// go vet, go fix, gopls and golangci-lint.
//
// At the end of its run a pass calls Finish, which reports each
// directive that names one of the pass's enabled categories and silenced
// none of them (unused-ignore), and each directive that is malformed
// (malformed-ignore; it silences nothing). A malformed directive is
// reported once, by the pass of the first known name in it, or by the
// first enabled pass when it names none.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/internal/config"
)

// Prefix starts a suppression comment.
const Prefix = "//statuslint:ignore"

// A Reporter reports one pass's findings in one package.
type Reporter struct {
	pass *analysis.Pass
	cfg  *config.Config
	name string
	dirs []*directive
	used map[*directive]map[string]bool // names that silenced a finding
}

type directive struct {
	pos, end token.Pos
	file     string
	line     int
	names    []string
	bad      string // why the directive is malformed, or ""
}

// New returns the reporter of the pass named name, configured by cfg.
func New(pass *analysis.Pass, cfg *config.Config, name string) *Reporter {
	r := &Reporter{pass: pass, cfg: cfg, name: name, used: map[*directive]map[string]bool{}}
	for _, f := range pass.Files {
		for _, g := range f.Comments {
			for _, c := range g.List {
				if d := parse(pass.Fset, c); d != nil {
					r.dirs = append(r.dirs, d)
				}
			}
		}
	}
	return r
}

// parse returns the directive c holds, or nil.
func parse(fset *token.FileSet, c *ast.Comment) *directive {
	rest, ok := strings.CutPrefix(c.Text, Prefix)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil // another comment, or //statuslint:ignored...
	}
	p := fset.Position(c.Slash)
	d := &directive{pos: c.Pos(), end: c.End(), file: p.Filename, line: p.Line}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		d.bad = "needs a category and a reason: " + Prefix + " CATEGORY reason"
		return d
	}
	for _, n := range strings.Split(fields[0], ",") {
		if n == "" {
			continue
		}
		if !config.Known(n) && d.bad == "" {
			d.bad = fmt.Sprintf("names %q, which is no pass or category (statuslint help lists them)", n)
		}
		d.names = append(d.names, n)
	}
	if d.bad == "" && len(fields) < 2 {
		d.bad = fmt.Sprintf("needs a reason after %s: say why the finding is wrong here", fields[0])
	}
	return d
}

// PassEnabled reports whether any category of the pass is enabled.
func (r *Reporter) PassEnabled() bool { return r.cfg.PassEnabled(r.name) }

// Enabled reports whether findings of the category are reported.
func (r *Reporter) Enabled(category string) bool { return r.cfg.Enabled(category) }

// Report reports d, with its category's URL, unless its category is
// disabled or a directive silences it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !r.cfg.Enabled(d.Category) {
		return // turned off by -disable or the config file
	}
	d.URL = config.URL(d.Category)
	p := r.pass.Fset.Position(d.Pos)
	for _, dir := range r.dirs {
		if dir.bad != "" || dir.file != p.Filename || (dir.line != p.Line && dir.line != p.Line-1) {
			continue
		}
		for _, n := range dir.names {
			if n == d.Category || n == r.name {
				if r.used[dir] == nil {
					r.used[dir] = map[string]bool{}
				}
				r.used[dir][n] = true
				return // silenced
			}
		}
	}
	r.pass.Report(d)
}

// Finish reports the pass's unused and malformed directives.
func (r *Reporter) Finish() {
	for _, dir := range r.dirs {
		if dir.bad != "" {
			if r.owner(dir) == r.name && r.cfg.Enabled(config.CategoryMalformedIgnore) {
				r.pass.Report(analysis.Diagnostic{
					Pos: dir.pos, End: dir.end,
					Category: config.CategoryMalformedIgnore, URL: config.URL(config.CategoryMalformedIgnore),
					Message: "this " + Prefix + " " + dir.bad + "; it silences nothing",
				})
			}
			continue
		}
		if !r.cfg.Enabled(config.CategoryUnusedIgnore) {
			continue
		}
		var unused []string
		for _, n := range dir.names {
			if !r.mine(n) || r.used[dir][n] {
				continue // another pass's, or it silenced a finding
			}
			unused = append(unused, n)
		}
		if len(unused) == 0 {
			continue
		}
		r.pass.Report(analysis.Diagnostic{
			Pos: dir.pos, End: dir.end,
			Category: config.CategoryUnusedIgnore, URL: config.URL(config.CategoryUnusedIgnore),
			Message: fmt.Sprintf("%s %s silences no finding here: remove it", Prefix, strings.Join(unused, ",")),
		})
	}
}

// mine reports whether n is this pass or one of its enabled categories.
func (r *Reporter) mine(n string) bool {
	if n == r.name {
		return r.cfg.PassEnabled(r.name)
	}
	for _, p := range config.Passes {
		if p.Name == r.name {
			return slices.ContainsFunc(p.Categories, func(c config.Category) bool { return c.Name == n }) && r.cfg.Enabled(n)
		}
	}
	return false
}

// owner returns the pass that reports a malformed directive.
func (r *Reporter) owner(dir *directive) string {
	for _, n := range dir.names {
		for _, p := range config.Passes {
			if p.Name == n || slices.ContainsFunc(p.Categories, func(c config.Category) bool { return c.Name == n }) {
				return p.Name
			}
		}
	}
	for _, p := range config.Passes {
		if r.cfg.PassEnabled(p.Name) {
			return p.Name
		}
	}
	return ""
}

// Status names an HTTP status for a message, with the reason phrase the
// IANA registry gives it ("409 Conflict"). 418, which the registry keeps
// unused, takes the name net/http gives it ("418 I'm a teapot"); a status
// neither names is its number. The passes name statuses here and not with
// net/http's StatusText: statuslint-vet, which go vet starts once a
// package, then does not link net/http, whose initialisation (TLS,
// x509, the network stack) every one of those processes paid.
func Status(code int) string {
	text := catalog.StatusText(code)
	if code == 418 {
		text = "I'm a teapot"
	}
	if text == "" {
		return strconv.Itoa(code)
	}
	return strconv.Itoa(code) + " " + text
}
