package config

// A Pass is one of statuslint's passes as configuration knows it: its name
// and the categories of its findings.
type Pass struct {
	Name       string
	Summary    string
	Categories []Category
}

// A Category is one kind of finding.
type Category struct {
	Name    string
	Summary string
}

// Categories of the findings about suppressions, which every pass reports
// for the directives that name its categories.
const (
	CategoryUnusedIgnore    = "unused-ignore"
	CategoryMalformedIgnore = "malformed-ignore"
)

// Passes lists every pass and its categories, in the order help prints
// them. -disable, -enable, the config file and the suppression comments
// accept these names; a name not listed here is an error.
//
// A new pass adds its row here (its categories as its own constants spell
// them; analyzer's tests check that they agree).
var Passes = []Pass{
	{"httpstatus", "HTTP statuses against the catalog", []Category{
		{"raw-status", "a status literal where a named constant exists"},
		{"undocumented-status", "a status the catalog does not list"},
		{"invalid-status", "a value that is no HTTP status (outside 100-599)"},
	}},
	{"errorcode", "JSON error codes against the catalog", []Category{
		{"undocumented-error-code", "a JSON error code the catalog does not list"},
		{"error-body-status", "a documented error code sent with a status below 400"},
		{"raw-error-code", "a documented error code written as a number where the module names it"},
	}},
	{"closecode", "WebSocket close codes, close reasons and gateway opcodes", []Category{
		{"undocumented-close-code", "a private close code (4000-4999) not in the catalog"},
		{"invalid-close-code", "a close code RFC 6455 forbids to send"},
		{"invalid-close-reason", "a close reason over 123 bytes, not UTF-8, or dropped with 1005"},
		{"raw-close-code", "a standard close code written as a literal"},
		{"undocumented-opcode", "a gateway payload sent with an opcode the catalog does not list"},
		{"client-opcode", "a gateway payload sent with an opcode documented as sent by clients only"},
	}},
}

// Suppressions are the categories of findings about suppression comments.
var Suppressions = []Category{
	{CategoryUnusedIgnore, "a //statuslint:ignore comment that silences nothing"},
	{CategoryMalformedIgnore, "a //statuslint:ignore comment without a reason or with an unknown name"},
}

// URL returns the README section that documents a category or pass.
func URL(name string) string {
	return "https://github.com/statuslint/statuslint#" + name
}

// passOf returns the pass a category belongs to, or the pass itself when
// name is a pass, and whether name is known. Suppression categories
// belong to no pass.
func passOf(name string) (string, bool) {
	for _, p := range Passes {
		if p.Name == name {
			return p.Name, true
		}
		for _, c := range p.Categories {
			if c.Name == name {
				return p.Name, true
			}
		}
	}
	for _, c := range Suppressions {
		if c.Name == name {
			return "", true
		}
	}
	return "", false
}

// Known reports whether name is a pass or a category.
func Known(name string) bool {
	_, ok := passOf(name)
	return ok
}
