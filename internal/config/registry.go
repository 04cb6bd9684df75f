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
	Summary string // one line, for help and SARIF's short description
	// Description says what the finding means and what its fix does, in
	// a few sentences, for SARIF's full description.
	Description string
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
		{"raw-status", "a status literal where a named constant exists",
			"A status literal such as 404 is handed to a response where the framework or net/http names it; the named constant says what the status means. The fix writes the constant and adds its import when the file lacks it."},
		{"undocumented-status", "a status the catalog does not list",
			"A handler answers with a status that the catalog (the API's own page of status codes) does not document, so clients cannot expect it. Document the status or answer with one the page lists."},
		{"invalid-status", "a value that is no HTTP status (outside 100-599)",
			"A value outside 100 to 599 is sent or compared as an HTTP status; net/http panics on some of them and clients reject the rest."},
	}},
	{"errorcode", "JSON error codes against the catalog", []Category{
		{"undocumented-error-code", "a JSON error code the catalog does not list",
			"An error body carries a code the catalog does not document; the message names the nearest documented code and the category the code falls in. The fix, when the body's message matches a documented meaning, writes that code."},
		{"error-body-status", "a documented error code sent with a status below 400",
			"A body with a documented error code goes out with a status below 400, so clients that look at the status see success."},
		{"raw-error-code", "a documented error code written as a number where the module names it",
			"A documented error code is written as a literal although the module declares a constant for it. The fix writes the constant."},
		{"error-code-status", "a documented error code sent with another status than the one the catalog gives it",
			"The catalog pairs the error code with an HTTP status (404 for an unknown user) and the body goes out with another, so clients that branch on the status misread it. The fix, where the status is a literal or a constant at the call, writes the documented one."},
	}},
	{"closecode", "WebSocket close codes, close reasons and gateway opcodes", []Category{
		{"undocumented-close-code", "a private close code (4000-4999) not in the catalog",
			"A close code of the private range 4000 to 4999 is sent that the catalog's close-code table does not list; the message names the nearest documented codes. The fix, when the reason matches a documented name or meaning, writes that code."},
		{"invalid-close-code", "a close code RFC 6455 forbids to send",
			"A close code that RFC 6455 reserves or leaves unassigned is sent (1004 to 1006, 1015, 1016 to 2999, 5000 and above, unregistered 3000 to 3999, a value beyond 16 bits). The fix, when the reason matches a documented name or meaning, writes that code."},
		{"invalid-close-reason", "a close reason over 123 bytes, not UTF-8, or dropped with 1005",
			"A close reason is longer than the 123 bytes a close frame holds, is not UTF-8, or goes with a code after which the library drops it."},
		{"raw-close-code", "a standard close code written as a literal",
			"A close code RFC 6455 names is written as a literal where the WebSocket library declares a constant for it. The fix writes the library's constant."},
		{"undocumented-opcode", "a gateway payload sent with an opcode the catalog does not list",
			"A gateway payload is sent with an opcode that the catalog's opcode table does not list."},
		{"client-opcode", "a gateway payload sent with an opcode documented as sent by clients only",
			"The server sends a gateway payload with an opcode that the catalog documents as one only clients send."},
	}},
	{"leak5xx", "5xx bodies that leak details instead of the documented body", []Category{
		{"leaked-error", "an error's text in the body of a 5xx response",
			"A 5xx response's body carries an error's text (err.Error(), an error formatted or wrapped, a string built from one), which hands the client database errors, paths and queries. The fix calls the module's documented-body helper, or sends the status text instead."},
		{"leaked-stack", "a stack trace or a recovered panic value in a response body",
			"A response body, whatever its status, carries a stack trace (runtime/debug.Stack, runtime.Stack's buffer) or the value recover() returned. Log it, and answer with the documented body."},
		{"undocumented-5xx-body", "a 5xx JSON body whose fields are not the catalog's 5xx shape",
			"A 5xx JSON body is written with fields other than the 5xx body the catalog documents (such as {message, report}), so clients cannot find the report id they are told to quote."},
	}},
	{"opstatus", "each handler's statuses against its operation's documented responses", []Category{
		{"undocumented-operation-status", "a status a handler answers that its operation does not document",
			"A handler answers a status that the operation it serves (found from its route and the OpenAPI document, or from its swag comment) does not document, although the API may document it for another operation. The message names the operation and the statuses it documents. The fix, where the operation documents exactly one status of that class, writes it."},
		{"unsent-documented-status", "a status a handler's swag comment documents that it never answers (off by default)",
			"A handler's swag comment documents a status that the handler never answers, so the generated document promises a response that cannot come. Off by default (-enable=unsent-documented-status), since middleware and frameworks answer some statuses on a handler's behalf."},
	}},
}

// offByDefault are the categories that are off unless -enable or the
// config file turns them on.
var offByDefault = map[string]bool{"unsent-documented-status": true}

// Suppressions are the categories of findings about suppression comments.
var Suppressions = []Category{
	{CategoryUnusedIgnore, "a //statuslint:ignore comment that silences nothing",
		"A //statuslint:ignore comment names categories of which no finding is reported on its line or the next, so it silences nothing: remove it, or correct the categories it names."},
	{CategoryMalformedIgnore, "a //statuslint:ignore comment without a reason or with an unknown name",
		"A //statuslint:ignore comment gives no reason after its categories, or names a pass or category that does not exist; it silences nothing until it is corrected."},
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
