package read

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/catalog"
)

func fixture(name string) string { return filepath.Join("..", "..", "testdata", "catalog", name) }

// at builds the Pos of an entry in a fixture.
func at(file string, line int) catalog.Pos { return catalog.Pos{File: file, Line: line} }

// TestParseFixtures reads one fixture per documentation format and compares
// the whole catalog, positions included.
func TestParseFixtures(t *testing.T) {
	pipes, ref, heads, loose, plain := fixture("table-pipes.md"), fixture("reference.md"),
		fixture("headings.md"), fixture("loose-table.md"), fixture("plain.txt")
	yml, jsn := fixture("catalog.yaml"), fixture("catalog.json")
	tests := []struct {
		file string
		want *catalog.Catalog
	}{
		{pipes, &catalog.Catalog{
			Sources: []string{pipes},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The lamp answered.", Pos: at(pipes, 17)},
				{Code: 201, Name: "CREATED", Meaning: "A new lamp was registered.", Pos: at(pipes, 18)},
				{Code: 204, Name: "NO CONTENT", Meaning: "Done; there is nothing to send back.", Pos: at(pipes, 19)},
				{Code: 400, Name: "BAD REQUEST", Meaning: "The request body could not be read.", Pos: at(pipes, 20)},
				{Code: 404, Name: "NOT FOUND", Meaning: "No lamp has that serial number.", Pos: at(pipes, 21)},
				{Code: 429, Name: "TOO MANY REQUESTS", Meaning: "Slow down and try again in a minute.", Pos: at(pipes, 22)},
				{Code: 503, Name: "LAMP OFFLINE", Meaning: "The lamp is switched off or out of reach.", Pos: at(pipes, 23)},
			},
			HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599, Meaning: "The server could not finish the request.", Pos: at(pipes, 24)}},
		}},
		{ref, &catalog.Catalog{
			Sources: []string{ref},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "the orchard answered", Pos: at(ref, 36)},
				{Code: 401, Name: "UNAUTHORIZED", Meaning: "the grower token is wrong", Pos: at(ref, 37)},
				{Code: 404, Name: "NOT FOUND", Meaning: "no such tree", Pos: at(ref, 38)},
			},
			HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599, Meaning: "the orchard is unwell", Pos: at(ref, 39)}},
			// 30099 in the example body and the 1xxxx/2xxxx categories are not codes.
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.IntCode(0), Meaning: "general error", Pos: at(ref, 61)},
				{Code: catalog.IntCode(10001), Meaning: "unknown tree", Pos: at(ref, 62)},
				{Code: catalog.IntCode(10002), Meaning: "unknown fruit", Pos: at(ref, 63)},
				{Code: catalog.IntCode(20001), Meaning: "too many baskets", Pos: at(ref, 64)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4100, Name: "harvest failed", Action: "resume", Meaning: "something broke; connect again", Pos: at(ref, 23)},
				{Code: 4101, Name: "bad frame", Action: "resume", Meaning: "the frame was not valid JSON", Pos: at(ref, 24)},
				{Code: 4102, Name: "no login", Action: "abort", Meaning: "a frame came before the login", Pos: at(ref, 25)},
				{Code: 4103, Name: "frost", Action: "restart", Meaning: "the session froze; start a new one", Pos: at(ref, 26)},
			},
			// Opcode 9, named only in prose, is not documented.
			Opcodes: []catalog.Opcode{
				{Code: 0, Name: "event", Direction: catalog.DirBoth, Meaning: "a tree or fruit event", Pos: at(ref, 12)},
				{Code: 1, Name: "ping", Direction: catalog.DirBoth, Meaning: "keeps the link alive", Pos: at(ref, 13)},
				{Code: 2, Name: "welcome", Direction: catalog.DirServer, Meaning: "the first frame after connecting", Pos: at(ref, 14)},
				{Code: 8, Name: "login", Direction: catalog.DirClient, Meaning: "sends the grower's token", Pos: at(ref, 15)},
			},
			ErrorShape:       catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(ref, 45)},
			ServerErrorShape: catalog.Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(ref, 70)},
		}},
		{heads, &catalog.Catalog{
			Sources: []string{heads},
			// "201 Created" in the prose of 200 is not documented.
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The kettle did what was asked.", Pos: at(heads, 12)},
				{Code: 404, Name: "Not Found", Meaning: "There is no kettle with that name.", Pos: at(heads, 22)},
				{Code: 418, Name: "Short And Stout", Meaning: "The kettle declines to brew coffee.", Pos: at(heads, 29)},
				{Code: 503, Name: "Service Unavailable", Meaning: "The kettle is boiling over; call again soon.", Pos: at(heads, 33)},
			},
		}},
		{loose, &catalog.Catalog{
			Sources: []string{loose},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The loaf is ready.", Pos: at(loose, 12)},
				{Code: 202, Name: "Accepted", Meaning: "The order is queued for the oven.", Pos: at(loose, 13)},
				{Code: 400, Name: "Bad Request", Meaning: "The order could not be read.", Pos: at(loose, 14)},
				{Code: 420, Name: "Enhance Your Calm", Meaning: "Too many orders from one baker; wait a bit.", Pos: at(loose, 15)},
				{Code: 500, Name: "Internal Server Error", Meaning: "The oven broke. We donâ€™t know why yet.", Pos: at(loose, 16)},
				{Code: 503, Name: "Service Unavailable", Meaning: "The bakery is closed for cleaning \uFFFD.", Pos: at(loose, 17)},
			},
			// The string "999" in the example is not an error code.
			ErrorShape: catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(loose, 23)},
		}},
		{plain, &catalog.Catalog{
			Sources: []string{plain},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The parcel was found and its details are in the body.", Pos: at(plain, 4)},
				{Code: 404, Name: "Not Found", Meaning: "No parcel has that tracking number.", Pos: at(plain, 10)},
				{Code: 409, Name: "Conflict", Meaning: "The parcel was already signed for.", Pos: at(plain, 15)},
			},
		}},
		{yml, &catalog.Catalog{
			Sources: []string{yml}, // the file's own "sources" key is ignored
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "the beacon is lit", Pos: at(yml, 4)},
				{Code: 410, Name: "Gone", Meaning: "the beacon was taken down", Pos: at(yml, 7)},
			},
			HTTPRanges:       []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599, Meaning: "the tower is dark", Pos: at(yml, 9)}},
			ErrorCodes:       []catalog.ErrorCode{{Code: catalog.IntCode(7001), Meaning: "unknown beacon", Pos: at(yml, 12)}},
			CloseCodes:       []catalog.CloseCode{{Code: 4200, Name: "tower fell", Action: "restart", Meaning: "connect to another tower", Pos: at(yml, 15)}},
			Opcodes:          []catalog.Opcode{{Code: 2, Name: "flash", Direction: catalog.DirServer, Meaning: "the beacon flashed", Pos: at(yml, 20)}},
			ErrorShape:       catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(yml, 24)}, // code first, whatever the file's order
			ServerErrorShape: catalog.Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(yml, 25)},
		}},
		{jsn, &catalog.Catalog{
			Sources:    []string{jsn},
			HTTP:       []catalog.HTTPStatus{{Code: 204, Name: "No Content", Meaning: "the light was turned off", Pos: at(jsn, 4)}},
			ErrorCodes: []catalog.ErrorCode{{Code: catalog.IntCode(7002), Meaning: "beacon busy", Pos: at(jsn, 8)}},
			Opcodes:    []catalog.Opcode{{Code: 3, Name: "dim", Direction: catalog.DirClient, Meaning: "asks the beacon to dim", Pos: at(jsn, 12)}},
			ErrorShape: catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(jsn, 14)},
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			t.Parallel() // also shows, under -race, that Parse is safe for concurrent use
			got, err := Load(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Load(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

// TestDefault compares the embedded default with the reference API's codes.
func TestDefault(t *testing.T) {
	d := "default.md"
	want := &catalog.Catalog{
		Sources: []string{"the default catalog"},
		HTTP: []catalog.HTTPStatus{
			{Code: 200, Name: "OK", Meaning: "the request succeeded", Pos: at(d, 47)},
			{Code: 201, Name: "Created", Meaning: "a new resource was made", Pos: at(d, 48)},
			{Code: 204, Name: "No Content", Meaning: "the request succeeded with an empty body", Pos: at(d, 49)},
			{Code: 304, Name: "Not Modified", Meaning: "nothing changed since the given version", Pos: at(d, 50)},
			{Code: 400, Name: "Bad Request", Meaning: "the request is malformed", Pos: at(d, 51)},
			{Code: 401, Name: "Unauthorized", Meaning: "the Authorization header is missing or wrong", Pos: at(d, 52)},
			{Code: 403, Name: "Forbidden", Meaning: "the caller may not do this", Pos: at(d, 53)},
			{Code: 404, Name: "Not Found", Meaning: "there is nothing at this address", Pos: at(d, 54)},
			{Code: 429, Name: "Too Many Requests", Meaning: "the caller is over its rate limit", Pos: at(d, 55)},
		},
		HTTPRanges: []catalog.HTTPRange{{Class: "5xx", From: 500, To: 599, Meaning: "the server failed; see the 5xx body below", Pos: at(d, 56)}},
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(0), Meaning: "general error", Pos: at(d, 73)},
			{Code: catalog.IntCode(10001), Meaning: "unknown user", Pos: at(d, 74)},
			{Code: catalog.IntCode(10002), Meaning: "unknown guild", Pos: at(d, 75)},
			{Code: catalog.IntCode(10003), Meaning: "unknown member", Pos: at(d, 76)},
			{Code: catalog.IntCode(10004), Meaning: "unknown image", Pos: at(d, 77)},
			{Code: catalog.IntCode(10005), Meaning: "unknown image category", Pos: at(d, 78)},
			{Code: catalog.IntCode(10006), Meaning: "unknown service", Pos: at(d, 79)},
			{Code: catalog.IntCode(10007), Meaning: "unknown service event", Pos: at(d, 80)},
			{Code: catalog.IntCode(10008), Meaning: "unknown service history", Pos: at(d, 81)},
			{Code: catalog.IntCode(10009), Meaning: "unknown interruption", Pos: at(d, 82)},
			{Code: catalog.IntCode(10010), Meaning: "unknown interruption update", Pos: at(d, 83)},
			{Code: catalog.IntCode(10011), Meaning: "unknown kettu", Pos: at(d, 84)},
			{Code: catalog.IntCode(10012), Meaning: "unknown kettu shard", Pos: at(d, 85)},
			{Code: catalog.IntCode(40001), Meaning: "blacklisted", Pos: at(d, 86)},
			{Code: catalog.IntCode(40002), Meaning: "unauthorized, invalid token", Pos: at(d, 87)},
			{Code: catalog.IntCode(40003), Meaning: "bots cannot use this endpoint", Pos: at(d, 88)},
			{Code: catalog.IntCode(40004), Meaning: "invalid route ratelimit configuration", Pos: at(d, 89)},
			{Code: catalog.IntCode(40005), Meaning: "invalid simulation target", Pos: at(d, 90)},
			{Code: catalog.IntCode(40006), Meaning: "missing access token", Pos: at(d, 91)},
			{Code: catalog.IntCode(40007), Meaning: "expired access token", Pos: at(d, 92)},
			{Code: catalog.IntCode(50001), Meaning: "missing access", Pos: at(d, 93)},
			{Code: catalog.IntCode(50002), Meaning: "insufficient permissions", Pos: at(d, 94)},
			{Code: catalog.IntCode(50003), Meaning: "invalid query", Pos: at(d, 95)},
			{Code: catalog.IntCode(50004), Meaning: "invalid body", Pos: at(d, 96)},
			{Code: catalog.IntCode(50005), Meaning: "invalid content type", Pos: at(d, 97)},
			{Code: catalog.IntCode(50006), Meaning: "ip already verified", Pos: at(d, 98)},
			{Code: catalog.IntCode(50007), Meaning: "invalid mfa code", Pos: at(d, 99)},
			{Code: catalog.IntCode(50008), Meaning: "invalid ip for the mfa code", Pos: at(d, 100)},
		},
		CloseCodes: []catalog.CloseCode{
			{Code: 4000, Name: "unknown error", Action: "resume", Meaning: "something failed on the server; connect again", Pos: at(d, 29)},
			{Code: 4001, Name: "unknown opcode", Action: "resume", Meaning: "the client sent an opcode the gateway does not know", Pos: at(d, 30)},
			{Code: 4002, Name: "decode error", Action: "resume", Meaning: "a payload was not valid JSON text", Pos: at(d, 31)},
			{Code: 4003, Name: "not authenticated", Action: "abort", Meaning: "a payload came before identify", Pos: at(d, 32)},
			{Code: 4004, Name: "authentication failed", Action: "abort", Meaning: "the token was rejected", Pos: at(d, 33)},
			{Code: 4005, Name: "already authenticated", Action: "resume", Meaning: "identify was sent a second time", Pos: at(d, 34)},
			{Code: 4007, Name: "invalid seq", Action: "restart", Meaning: "the sequence number given to resume is wrong", Pos: at(d, 35)},
			{Code: 4008, Name: "rate limited", Action: "resume", Meaning: "payloads came too fast", Pos: at(d, 36)},
			{Code: 4009, Name: "session timed out", Action: "restart", Meaning: "the session expired; start a new one", Pos: at(d, 37)},
			{Code: 4010, Name: "server restarting", Action: "restart", Meaning: "the server is going down; start a new session after a short wait", Pos: at(d, 38)},
			{Code: 4012, Name: "invalid api version", Action: "abort", Meaning: "the requested API version is not served", Pos: at(d, 39)},
			{Code: 4013, Name: "invalid intents", Action: "abort", Meaning: "the intents value is malformed", Pos: at(d, 40)},
			{Code: 4014, Name: "disallowed intents", Action: "abort", Meaning: "the client asked for intents it may not use", Pos: at(d, 41)},
		},
		Opcodes: []catalog.Opcode{
			{Code: 0, Name: "dispatch", Direction: catalog.DirBoth, Meaning: "carries an ordinary event", Pos: at(d, 15)},
			{Code: 1, Name: "heartbeat", Direction: catalog.DirBoth, Meaning: "keeps the connection alive and shows it still works", Pos: at(d, 16)},
			{Code: 3, Name: "hello", Direction: catalog.DirServer, Meaning: "the first message after the socket opens", Pos: at(d, 17)},
			{Code: 4, Name: "identify", Direction: catalog.DirClient, Meaning: "starts a session with the client's credentials", Pos: at(d, 18)},
			{Code: 5, Name: "resume", Direction: catalog.DirClient, Meaning: "picks up a session that was cut off", Pos: at(d, 19)},
			{Code: 6, Name: "invalid session", Direction: catalog.DirServer, Meaning: "the session cannot go on; usually before a close", Pos: at(d, 20)},
			{Code: 7, Name: "reconnect", Direction: catalog.DirServer, Meaning: "asks the client to connect again; usually before a close", Pos: at(d, 21)},
		},
		ErrorShape:       catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(d, 62)},
		ServerErrorShape: catalog.Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(d, 107)},
	}
	got := catalog.Default()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Default() mismatch (-want +got):\n%s", diff)
	}
	// Each call is a fresh copy: changing one does not change the next.
	got.HTTP[0].Name = "changed"
	got.Sources[0] = "changed"
	if again := catalog.Default(); again.HTTP[0].Name != "OK" || again.Sources[0] != "the default catalog" {
		t.Errorf("Default() shares memory with an earlier result: %v %v", again.HTTP[0], again.Sources)
	}
	if c, err := Load(); err != nil || !cmp.Equal(c, want) {
		t.Errorf("Load() = %v, %v; want the default catalog", c, err)
	}
}

// TestDefaultGenerated checks that the default catalog package catalog
// loads without a reader, default_gen.go, is what this reader reads from
// default.md, positions included; `go generate ./catalog` writes it again
// when default.md or the reader changes.
func TestDefaultGenerated(t *testing.T) {
	name, data := catalog.DefaultDocument()
	want, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	want.Sources = []string{catalog.DefaultName}
	if diff := cmp.Diff(want, catalog.Default()); diff != "" {
		t.Errorf("default_gen.go is not the reading of default.md; run go generate ./catalog (-parsed +generated):\n%s", diff)
	}
}

// TestDeclaredKindBeatsCells checks that a statuslint comment decides what
// a table is: under an error heading, codes that look like statuses with
// their reason phrases are read as HTTP statuses (the Slate template)
// unless the comment says they are error codes.
func TestDeclaredKindBeatsCells(t *testing.T) {
	t.Parallel()
	table := "| code | meaning |\n|---|---|\n| 404 | Not Found |\n| 409 | Conflict |\n"
	c, err := Parse("slate.md", []byte("## Errors\n\n"+table))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.HTTP) != 2 || len(c.ErrorCodes) != 0 {
		t.Errorf("without a comment: %d statuses, %d error codes; want the 2 statuses", len(c.HTTP), len(c.ErrorCodes))
	}
	c, err = Parse("declared.md", []byte("<!-- statuslint: error-codes -->\n## Errors\n\n"+table))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.HTTP) != 0 || len(c.ErrorCodes) != 2 {
		t.Errorf("with the comment: %d statuses, %d error codes; want the 2 error codes", len(c.HTTP), len(c.ErrorCodes))
	}
}

// TestHTMLTableInvalidUTF8 checks that an HTML table is found and read to
// its end tag when bytes before or inside it are not UTF-8 (the fuzzer's
// find: offsets into a lower-cased copy, which is longer, ran past the
// document).
func TestHTMLTableInvalidUTF8(t *testing.T) {
	t.Parallel()
	doc := "## HTTP\n\n<div>\xed\xa0\xed\xa0</div><table>\n<tr><th>Status</th><th>Meaning</th></tr>\n<tr><td>404</td><td>\xed\xa0 gone</td></tr>\n</table>\n\n<!-- statuslint: close-codes -->\n## Close codes\n\n| code | meaning |\n|---|---|\n| 4000 | x |\n"
	got, err := Parse("utf8.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := &catalog.Catalog{
		Sources:    []string{"utf8.md"},
		HTTP:       []catalog.HTTPStatus{{Code: 404, Meaning: "\uFFFD gone", Pos: at("utf8.md", 5)}},
		CloseCodes: []catalog.CloseCode{{Code: 4000, Meaning: "x", Pos: at("utf8.md", 13)}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
