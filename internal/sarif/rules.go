package sarif

import (
	"github.com/statuslint/statuslint/passes/closecode"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/httpstatus"
)

// Rules returns one rule for every category of every pass, in the order
// of the README's table of checks. A rule's ID is the category a
// diagnostic carries; its Name is the pass.
func Rules() []Rule {
	return []Rule{
		{
			ID: httpstatus.CategoryRaw, Name: "httpstatus", HelpURI: httpstatus.URL,
			ShortDescription: "HTTP status written as a number where a named constant exists",
			FullDescription:  "A status literal such as 404 is handed to a response where the framework or net/http names it; the named constant says what the status means. The fix writes the constant and adds its import when the file lacks it.",
		},
		{
			ID: httpstatus.CategoryUndocumented, Name: "httpstatus", HelpURI: httpstatus.URL,
			ShortDescription: "HTTP status the API's documentation does not list",
			FullDescription:  "A handler answers with a status that the catalog (the API's own page of status codes) does not document, so clients cannot expect it. Document the status or answer with one the page lists.",
		},
		{
			ID: httpstatus.CategoryInvalid, Name: "httpstatus", HelpURI: httpstatus.URL,
			ShortDescription: "value that is no HTTP status",
			FullDescription:  "A value outside 100 to 599 is sent or compared as an HTTP status; net/http panics on some of them and clients reject the rest.",
		},
		{
			ID: errorcode.CategoryUndocumented, Name: "errorcode", HelpURI: errorcode.URL,
			ShortDescription: "JSON error code the API's documentation does not list",
			FullDescription:  "An error body carries a code the catalog does not document; the message names the nearest documented code and the category the code falls in. The fix, when the body's message matches a documented meaning, writes that code.",
		},
		{
			ID: errorcode.CategoryStatus, Name: "errorcode", HelpURI: errorcode.URL,
			ShortDescription: "documented error code sent with a success status",
			FullDescription:  "A body with a documented error code goes out with a status below 400, so clients that look at the status see success.",
		},
		{
			ID: errorcode.CategoryRaw, Name: "errorcode", HelpURI: errorcode.URL,
			ShortDescription: "documented error code written as a number where the module names it",
			FullDescription:  "A documented error code is written as a literal although the module declares a constant for it. The fix writes the constant.",
		},
		{
			ID: closecode.CategoryUndocumented, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "private WebSocket close code the API's documentation does not list",
			FullDescription:  "A close code of the private range 4000 to 4999 is sent that the catalog's close-code table does not list; the message names the nearest documented codes. The fix, when the reason matches a documented name or meaning, writes that code.",
		},
		{
			ID: closecode.CategoryInvalid, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "WebSocket close code RFC 6455 forbids to send",
			FullDescription:  "A close code that RFC 6455 reserves or leaves unassigned is sent (1004 to 1006, 1015, 1016 to 2999, 5000 and above, unregistered 3000 to 3999, a value beyond 16 bits). The fix, when the reason matches a documented name or meaning, writes that code.",
		},
		{
			ID: closecode.CategoryReason, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "WebSocket close reason that cannot be sent as written",
			FullDescription:  "A close reason is longer than the 123 bytes a close frame holds, is not UTF-8, or goes with a code after which the library drops it.",
		},
		{
			ID: closecode.CategoryRaw, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "standard WebSocket close code written as a number",
			FullDescription:  "A close code RFC 6455 names is written as a literal where the WebSocket library declares a constant for it. The fix writes the library's constant.",
		},
		{
			ID: closecode.CategoryOpcode, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "gateway opcode the API's documentation does not list",
			FullDescription:  "A gateway payload is sent with an opcode that the catalog's opcode table does not list.",
		},
		{
			ID: closecode.CategoryClientOpcode, Name: "closecode", HelpURI: closecode.URL,
			ShortDescription: "gateway opcode documented as sent by clients only",
			FullDescription:  "The server sends a gateway payload with an opcode that the catalog documents as one only clients send.",
		},
	}
}
