package read

import (
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// The words the reader knows, in one table: what a word in a heading (or in
// the prose that introduces a block, or in a body's placeholder) says, and
// what a column header says its cells are. Every classification of
// headings, columns, introductions and placeholders reads this table; no
// function has words of its own. The values a cell or a field holds
// (directions, field names) are the small tables at the end of this file.

// A sense is what one word of a heading says.
type sense uint32

const (
	wHTTP      sense = 1 << iota // "http": the section is about HTTP statuses
	wStatus                      // "status", "response": HTTP, unless a stronger word says otherwise
	wError                       // "error", "errors"
	wCode                        // "code", "codes"
	wClose                       // "close", "disconnect": WebSocket close codes
	wOpcode                      // "opcode"
	wOp                          // "op", as in "op codes"
	wGateway                     // "gateway", "websocket": a gateway protocol
	wServer                      // "server"
	w5xx                         // "5xx"
	wJSON                        // "json"
	wRange                       // "range", "ranges"
	wGeneral                     // "standard", "format": a general body, not one error's example
	wExample                     // "example"
	wGeneric                     // says nothing of a protocol's name: dropped from scopes
	wPlural                      // "codes": a family of codes, not one ("authorization code")
	wFieldCode                   // in a placeholder, "<error code>": the field holds the code
	wFieldText                   // in a placeholder, "<error message>": the field holds the text
	wClass                       // "4xx": a class of HTTP statuses
)

// kindWords are the senses that say what kind of code a section lists.
const kindWords = wHTTP | wStatus | wError | wCode | wClose | wOpcode | wOp | w5xx | wJSON | wRange | wPlural | wFieldCode | wFieldText | wClass

// vocabulary is the table. A column header is looked up whole first
// ("client action"), then by its words.
var vocabulary = map[string]struct {
	heading sense
	column  role
}{
	"http":      {heading: wHTTP, column: roleStatus},
	"status":    {heading: wStatus, column: roleStatus},
	"statuses":  {heading: wStatus, column: roleStatus},
	"response":  {heading: wStatus, column: roleStatus},
	"responses": {heading: wStatus, column: roleStatus},
	"success":   {column: roleStatus}, "failure": {column: roleStatus}, "returns": {column: roleStatus},
	"error":       {heading: wError, column: roleError},
	"errors":      {heading: wError},
	"code":        {heading: wCode | wFieldCode, column: roleCode},
	"codes":       {heading: wCode | wPlural, column: roleCode},
	"identifier":  {heading: wFieldCode},
	"errcode":     {heading: wFieldCode},
	"text":        {heading: wFieldText, column: roleName},
	"description": {heading: wFieldText, column: roleDesc},
	"message":     {heading: wFieldText, column: roleMeaning},
	"500":         {heading: w5xx},
	"close":       {heading: wClose},
	"closing":     {heading: wClose},
	"closure":     {heading: wClose},
	"disconnect":  {heading: wClose},
	"opcode":      {heading: wOpcode, column: roleCode},
	"opcodes":     {heading: wOpcode},
	"op":          {heading: wOp, column: roleCode},
	"gateway":     {heading: wGateway},
	"websocket":   {heading: wGateway | wGeneric},
	"websockets":  {heading: wGateway | wGeneric},
	"socket":      {heading: wGateway | wGeneric},
	"ws":          {heading: wGateway | wGeneric},
	"server":      {heading: wServer},
	"5xx":         {heading: w5xx},
	"1xx":         {heading: wClass}, "2xx": {heading: wClass}, "3xx": {heading: wClass}, "4xx": {heading: wClass},
	"json":     {heading: wJSON},
	"range":    {heading: wRange},
	"ranges":   {heading: wRange},
	"standard": {heading: wGeneral | wGeneric},
	"format":   {heading: wGeneral | wGeneric},
	"body":     {heading: wGeneral | wGeneric},
	"example":  {heading: wExample | wGeneric},
	"examples": {heading: wExample | wGeneric},

	// Words that name no protocol, dropped from a scope's name.
	"event": {heading: wGeneric, column: roleName}, "events": {heading: wGeneric},
	"defined": {heading: wGeneric}, "list": {heading: wGeneric}, "reference": {heading: wGeneric},
	"table": {heading: wGeneric}, "number": {heading: wGeneric}, "numbers": {heading: wGeneric},
	"registry": {heading: wGeneric}, "the": {heading: wGeneric}, "of": {heading: wGeneric},
	"and": {heading: wGeneric}, "for": {heading: wGeneric}, "a": {heading: wGeneric},
	"connection": {heading: wGeneric}, "reserved": {heading: wGeneric}, "common": {heading: wGeneric},
	"other": {heading: wGeneric}, "possible": {heading: wGeneric}, "api": {heading: wGeneric},
	"value": {heading: wGeneric, column: roleCode}, "values": {heading: wGeneric},
	"id": {column: roleID}, "field": {column: roleField}, "parameter": {column: roleField},
	"param": {column: roleField}, "key": {column: roleField}, "attribute": {column: roleField},
	"property": {column: roleField}, "header": {column: roleField}, "argument": {column: roleField},
	"error name": {column: roleError}, "error type": {column: roleError},

	// Column headers.
	"status code": {column: roleCode}, "http status code": {column: roleStatus},
	"http status": {column: roleStatus}, "http code": {column: roleStatus},
	"error code": {column: roleCode}, "close code": {column: roleCode}, "op code": {column: roleCode},
	"name": {column: roleName}, "reason": {column: roleName},
	"reason phrase": {column: roleName}, "phrase": {column: roleName}, "title": {column: roleName},
	"label": {column: roleName}, "type": {column: roleName}, "constant": {column: roleName},
	"desc":    {column: roleDesc},
	"meaning": {column: roleMeaning}, "explanation": {column: roleMeaning},
	"details": {column: roleMeaning}, "detail": {column: roleMeaning}, "notes": {column: roleMeaning},
	"note": {column: roleMeaning}, "comment": {column: roleMeaning}, "comments": {column: roleMeaning},
	"when": {column: roleMeaning}, "summary": {column: roleMeaning}, "cause": {column: roleMeaning},
	"action": {column: roleAction}, "what to do": {column: roleAction}, "reconnect": {column: roleAction},
	"handling": {column: roleAction}, "recovery": {column: roleAction}, "retry": {column: roleAction},
	"client action": {column: roleDirection}, "direction": {column: roleDirection},
	"sent by": {column: roleDirection}, "sender": {column: roleDirection}, "from": {column: roleDirection},
	"send receive": {column: roleDirection},
}

// Column roles, from header words.
type role int

const (
	roleNone role = iota
	roleCode
	roleStatus // an HTTP status: the code itself, or the status of an error code
	roleName
	roleDesc
	roleMeaning
	roleAction
	roleDirection
	roleID
	roleError // "Error": the code column when it holds words (invalid_auth), else the meaning
	roleField // "Field", "Parameter": names of fields, never codes
)

// headerRole returns what a column header says its cells are. Decorations
// (emphasis, footnote marks, a parenthesised unit) are not words.
func headerRole(h string) role {
	if i := strings.IndexByte(h, '('); i > 0 {
		h = h[:i]
	}
	f := catalog.Fold(h)
	if v, ok := vocabulary[f]; ok {
		return v.column
	}
	return roleNone
}

// senses returns what the words of a heading say, and the words that said
// it (for -explain), and the words that are left for a scope's name.
func senses(title string) (s sense, said, rest []string) {
	for _, w := range strings.Fields(catalog.Fold(title)) {
		v, ok := vocabulary[w]
		if !ok || v.heading == 0 {
			rest = append(rest, w)
			continue
		}
		s |= v.heading
		if v.heading&kindWords == 0 {
			rest = append(rest, w) // "gateway" names a protocol
		}
		if v.heading&^wGeneric != 0 {
			said = append(said, w)
		}
	}
	return s, said, rest
}

// sensesOf returns what the words of a text say, for prose and placeholders.
func sensesOf(text string) sense {
	s, _, _ := senses(text)
	return s
}

// introduces5xx reports whether prose introduces the block after it as
// the 5xx body: "the 5xx body", "when the server fails", "an internal error".
func introduces5xx(s sense) bool {
	return s&w5xx != 0 || s&wServer != 0 && (s&wError != 0 || s&wGeneral != 0)
}

// introducesError reports whether prose introduces the block after it as
// the error body: "an error response looks like", "the error body".
func introducesError(s sense) bool {
	return s&wError != 0 && (s&wStatus != 0 || s&wGeneral != 0)
}

// directions maps what a direction cell says to who sends the opcode,
// from the client's view ("send", "receive") or by sender ("client",
// "server"), in a word or in a phrase ("sent by the server").
var directions = map[string]string{
	"send": catalog.DirClient, "sent": catalog.DirClient, "client": catalog.DirClient, "client to server": catalog.DirClient,
	"outgoing": catalog.DirClient, "upstream": catalog.DirClient, "from the client": catalog.DirClient, "sent by the client": catalog.DirClient,
	"sent by client": catalog.DirClient, "clients": catalog.DirClient,
	"receive": catalog.DirServer, "received": catalog.DirServer, "recv": catalog.DirServer, "server": catalog.DirServer,
	"server to client": catalog.DirServer, "incoming": catalog.DirServer, "downstream": catalog.DirServer,
	"from the server": catalog.DirServer, "sent by the server": catalog.DirServer, "sent by server": catalog.DirServer,
	"both": catalog.DirBoth, "send receive": catalog.DirBoth, "receive send": catalog.DirBoth, "send and receive": catalog.DirBoth,
	"send or receive": catalog.DirBoth, "sent received": catalog.DirBoth, "bidirectional": catalog.DirBoth, "either": catalog.DirBoth,
	"client server": catalog.DirBoth, "client and server": catalog.DirBoth, "server and client": catalog.DirBoth,
	"client or server": catalog.DirBoth, "both directions": catalog.DirBoth, "either side": catalog.DirBoth,
}

// errorFieldNames are the names a body's code and message fields go by,
// best first, folded with separators dropped.
var (
	codeFieldNames    = []string{"code", "errcode", "errorcode", "errno", "errorno", "errcd"}
	messageFieldNames = []string{"message", "msg", "errmsg", "errormessage", "error", "detail",
		"errordescription", "description", "reason", "title", "details"}
)
