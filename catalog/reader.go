package catalog

import "sync"

// The readers of documents (Markdown, plain text, HTML tables, YAML and
// JSON) are package catalog/read, which registers its parser here when a
// program imports it, as image formats register with package image. The
// model and the passes that import it carry no document parser, so a
// program that hosts the analyzers with a catalog built in code does not
// link goldmark, YAML or HTML; one that loads documents imports
// catalog/read (the statuslint command, the golangci-lint plugin and the
// gopls build do, and so does package config for nogo).
var (
	parserMu  sync.RWMutex
	docParser func(name string, data []byte) (*Catalog, error)
)

// RegisterParser makes parse the parser of ParseDocument. catalog/read
// calls it from its init function.
func RegisterParser(parse func(name string, data []byte) (*Catalog, error)) {
	parserMu.Lock()
	defer parserMu.Unlock()
	docParser = parse
}

// ParseDocument reads the document data, named name in errors and in
// Sources, with the registered parser (catalog/read's Parse). Without one
// it returns an error that says which package to import.
func ParseDocument(name string, data []byte) (*Catalog, error) {
	parserMu.RLock()
	parse := docParser
	parserMu.RUnlock()
	if parse == nil {
		return nil, &Error{File: name, Msg: "no document reader in this program: import github.com/statuslint/statuslint/catalog/read"}
	}
	return parse(name, data)
}
