package config

// The tests read catalog documents, which needs the readers a host links in.
import _ "github.com/statuslint/statuslint/catalog/read"
