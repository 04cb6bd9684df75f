package catalog

import (
	"bytes"
	_ "embed"
)

//go:generate go run ./internal/gendefault

//go:embed default.md
var defaultMarkdown []byte

// DefaultDocument returns the name and a copy of the text of the embedded
// default catalog's document, default.md, for readers and for `statuslint
// catalog -explain`.
func DefaultDocument() (string, []byte) { return "default.md", bytes.Clone(defaultMarkdown) }

// DefaultName is the name of the embedded default catalog in Sources and
// diagnostics.
const DefaultName = "the default catalog"

// Default returns the embedded default catalog, the reference API's status
// codes, as the reader (package catalog/read) reads the project's
// default.md: default_gen.go holds that reading, written by go generate, so
// that this package loads it without a Markdown reader, and a test of the
// reader checks that the two agree. Its Sources is ["the default catalog"];
// positions name default.md. Each call returns a fresh copy, which the
// caller may modify.
func Default() *Catalog { return defaultCatalog.Clone() }
