// Package read builds a catalog.Catalog from an API's own documentation:
// Markdown pages (with GFM tables, definition lists and HTML tables),
// plain-text pages in the RFC style, and YAML or JSON files in the schema
// that `statuslint catalog -json` prints. Explain says how a page was read.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// MaxDocumentSize is the largest document Parse reads: 8 MiB.
const MaxDocumentSize = 8 << 20

// Parse reads one catalog document. The format follows name's extension:
// .yaml, .yml and .json files are in the schema of `statuslint catalog
// -json`; anything else is read as Markdown (plain text is Markdown without
// markup, or, with numbered sections, an RFC-style page). name is the
// document's name in errors and in Sources.
//
// The catalog is validated, and every error is an *Error naming the line:
// a document larger than MaxDocumentSize; a document in which nothing is
// recognised; an HTTP status outside 100 to 599 or a class other than 1xx
// to 5xx; a close code outside 1000 to 4999 or in the unassigned 1016 to
// 2999 (1000 to 1015 are accepted, since an API may document the standard
// codes it sends or receives); an integer error code or opcode outside the
// int32 range, or a negative opcode; a code given twice in one scope of
// one listing; a code table with a row whose code cell is not a code,
// unless most rows are codes (then the row is a warning in Warnings).
func Parse(name string, data []byte) (*catalog.Catalog, error) { return parse(name, data, nil) }

// The passes' configuration reads documents through catalog.ParseDocument.
func init() { catalog.RegisterParser(Parse) }

// Explain reads a document as Parse does and returns, with the catalog,
// the reader's decisions, one line each ("file:line: what"): the kind each
// heading was read as and why, each table, list or block read and the
// number of codes it gave, and each one skipped and why. On an error the
// decisions up to it are returned.
func Explain(name string, data []byte) (*catalog.Catalog, []string, error) {
	var lines []string
	c, err := parse(name, data, &lines)
	return c, lines, err
}

func parse(name string, data []byte, explain *[]string) (*catalog.Catalog, error) {
	if len(data) > MaxDocumentSize {
		return nil, &catalog.Error{File: name, Msg: fmt.Sprintf("document is %d bytes, over the limit of 8 MiB", len(data))}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &catalog.Error{File: name, Line: 1, Msg: "empty document"}
	}
	var c *catalog.Catalog
	var err error
	markdown := false
	kind, openAPI := isOpenAPI(data)
	if openAPI {
		c, err = parseOpenAPI(name, data, kind) // by content, whatever the name
		openAPI = err != errNotOpenAPI
	}
	if !openAPI {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".yaml", ".yml":
			c, err = parseStructured(name, data, false)
		case ".json":
			c, err = parseStructured(name, data, true)
		default:
			markdown = true
			c, err = parseMarkdown(name, data, explain)
		}
	}
	if err != nil {
		return nil, err
	}
	if c.Empty() && !markdown {
		return nil, &catalog.Error{File: name, Line: 1, Msg: "no status codes, error codes, close codes or opcodes found"}
	}
	c.Sort()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// noCodes says that a page gave no codes, naming the headings it saw.
func noCodes(headings []string) string {
	var heads []string
	for _, h := range headings {
		heads = append(heads, strconv.Quote(h))
	}
	msg := "no status codes, error codes, close codes or opcodes found"
	if len(heads) > 0 {
		if len(heads) > 6 {
			heads = append(heads[:6], "…")
		}
		msg += " (headings read: " + strings.Join(heads, ", ") + ")"
	} else {
		msg += " (no heading says what the page lists)"
	}
	return msg + "; run statuslint catalog -explain to see how it was read"
}

// Load reads the documents at paths and merges them (see Merge). A file
// that cannot be read is an error "path: cannot read: reason". With no
// paths, Load returns Default().
func Load(paths ...string) (*catalog.Catalog, error) {
	if len(paths) == 0 {
		return catalog.Default(), nil
	}
	cats := make([]*catalog.Catalog, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, &catalog.Error{File: p, Msg: "cannot read: " + err.Error()}
		}
		c, err := Parse(p, data)
		if err != nil {
			return nil, err
		}
		cats = append(cats, c)
	}
	if len(cats) == 1 {
		return cats[0], nil
	}
	return catalog.Merge(cats...)
}
