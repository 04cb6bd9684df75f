package catalog

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func fixture(name string) string { return filepath.Join("..", "testdata", "catalog", name) }

// at builds the Pos of an entry in a fixture.
func at(file string, line int) Pos { return Pos{File: file, Line: line} }

// TestParseFixtures reads one fixture per documentation format and compares
// the whole catalog, positions included.
func TestParseFixtures(t *testing.T) {
	pipes, ref, heads, loose, plain := fixture("table-pipes.md"), fixture("reference.md"),
		fixture("headings.md"), fixture("loose-table.md"), fixture("plain.txt")
	yml, jsn := fixture("catalog.yaml"), fixture("catalog.json")
	tests := []struct {
		file string
		want *Catalog
	}{
		{pipes, &Catalog{
			Sources: []string{pipes},
			HTTP: []HTTPStatus{
				{200, "OK", "The lamp answered.", at(pipes, 17)},
				{201, "CREATED", "A new lamp was registered.", at(pipes, 18)},
				{204, "NO CONTENT", "Done; there is nothing to send back.", at(pipes, 19)},
				{400, "BAD REQUEST", "The request body could not be read.", at(pipes, 20)},
				{404, "NOT FOUND", "No lamp has that serial number.", at(pipes, 21)},
				{429, "TOO MANY REQUESTS", "Slow down and try again in a minute.", at(pipes, 22)},
				{503, "LAMP OFFLINE", "The lamp is switched off or out of reach.", at(pipes, 23)},
			},
			HTTPRanges: []HTTPRange{{"5xx", 500, 599, "The server could not finish the request.", at(pipes, 24)}},
		}},
		{ref, &Catalog{
			Sources: []string{ref},
			HTTP: []HTTPStatus{
				{200, "OK", "the orchard answered", at(ref, 36)},
				{401, "UNAUTHORIZED", "the grower token is wrong", at(ref, 37)},
				{404, "NOT FOUND", "no such tree", at(ref, 38)},
			},
			HTTPRanges: []HTTPRange{{"5xx", 500, 599, "the orchard is unwell", at(ref, 39)}},
			// 30099 in the example body and the 1xxxx/2xxxx categories are not codes.
			ErrorCodes: []ErrorCode{
				{0, "general error", at(ref, 61)},
				{10001, "unknown tree", at(ref, 62)},
				{10002, "unknown fruit", at(ref, 63)},
				{20001, "too many baskets", at(ref, 64)},
			},
			CloseCodes: []CloseCode{
				{4100, "harvest failed", "resume", "something broke; connect again", at(ref, 23)},
				{4101, "bad frame", "resume", "the frame was not valid JSON", at(ref, 24)},
				{4102, "no login", "abort", "a frame came before the login", at(ref, 25)},
				{4103, "frost", "restart", "the session froze; start a new one", at(ref, 26)},
			},
			// Opcode 9, named only in prose, is not documented.
			Opcodes: []Opcode{
				{0, "event", DirBoth, "a tree or fruit event", at(ref, 12)},
				{1, "ping", DirBoth, "keeps the link alive", at(ref, 13)},
				{2, "welcome", DirServer, "the first frame after connecting", at(ref, 14)},
				{8, "login", DirClient, "sends the grower's token", at(ref, 15)},
			},
			ErrorShape:          []string{"code", "message"},
			ErrorShapePos:       at(ref, 45),
			ServerErrorShape:    []string{"message", "report"},
			ServerErrorShapePos: at(ref, 70),
		}},
		{heads, &Catalog{
			Sources: []string{heads},
			// "201 Created" in the prose of 200 is not documented.
			HTTP: []HTTPStatus{
				{200, "OK", "The kettle did what was asked.", at(heads, 12)},
				{404, "Not Found", "There is no kettle with that name.", at(heads, 22)},
				{418, "Short And Stout", "The kettle declines to brew coffee.", at(heads, 29)},
				{503, "Service Unavailable", "The kettle is boiling over; call again soon.", at(heads, 33)},
			},
		}},
		{loose, &Catalog{
			Sources: []string{loose},
			HTTP: []HTTPStatus{
				{200, "OK", "The loaf is ready.", at(loose, 12)},
				{202, "Accepted", "The order is queued for the oven.", at(loose, 13)},
				{400, "Bad Request", "The order could not be read.", at(loose, 14)},
				{420, "Enhance Your Calm", "Too many orders from one baker; wait a bit.", at(loose, 15)},
				{500, "Internal Server Error", "The oven broke. We donâ€™t know why yet.", at(loose, 16)},
				{503, "Service Unavailable", "The bakery is closed for cleaning \uFFFD.", at(loose, 17)},
			},
			// The string "999" in the example is not an error code.
			ErrorShape:    []string{"code", "message"},
			ErrorShapePos: at(loose, 23),
		}},
		{plain, &Catalog{
			Sources: []string{plain},
			HTTP: []HTTPStatus{
				{200, "OK", "The parcel was found and its details are in the body.", at(plain, 4)},
				{404, "Not Found", "No parcel has that tracking number.", at(plain, 10)},
				{409, "Conflict", "The parcel was already signed for.", at(plain, 15)},
			},
		}},
		{yml, &Catalog{
			Sources: []string{yml}, // the file's own "sources" key is ignored
			HTTP: []HTTPStatus{
				{200, "OK", "the beacon is lit", at(yml, 4)},
				{410, "Gone", "the beacon was taken down", at(yml, 7)},
			},
			HTTPRanges:          []HTTPRange{{"5xx", 500, 599, "the tower is dark", at(yml, 9)}},
			ErrorCodes:          []ErrorCode{{7001, "unknown beacon", at(yml, 12)}},
			CloseCodes:          []CloseCode{{4200, "tower fell", "restart", "connect to another tower", at(yml, 15)}},
			Opcodes:             []Opcode{{2, "flash", DirServer, "the beacon flashed", at(yml, 20)}},
			ErrorShape:          []string{"code", "message"}, // code first, whatever the file's order
			ErrorShapePos:       at(yml, 24),
			ServerErrorShape:    []string{"message", "report"},
			ServerErrorShapePos: at(yml, 25),
		}},
		{jsn, &Catalog{
			Sources:       []string{jsn},
			HTTP:          []HTTPStatus{{204, "No Content", "the light was turned off", at(jsn, 4)}},
			ErrorCodes:    []ErrorCode{{7002, "beacon busy", at(jsn, 8)}},
			Opcodes:       []Opcode{{3, "dim", DirClient, "asks the beacon to dim", at(jsn, 12)}},
			ErrorShape:    []string{"code", "message"},
			ErrorShapePos: at(jsn, 14),
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
	want := &Catalog{
		Sources: []string{"the default catalog"},
		HTTP: []HTTPStatus{
			{200, "OK", "the request succeeded", at(d, 47)},
			{201, "Created", "a new resource was made", at(d, 48)},
			{204, "No Content", "the request succeeded with an empty body", at(d, 49)},
			{304, "Not Modified", "nothing changed since the given version", at(d, 50)},
			{400, "Bad Request", "the request is malformed", at(d, 51)},
			{401, "Unauthorized", "the Authorization header is missing or wrong", at(d, 52)},
			{403, "Forbidden", "the caller may not do this", at(d, 53)},
			{404, "Not Found", "there is nothing at this address", at(d, 54)},
			{429, "Too Many Requests", "the caller is over its rate limit", at(d, 55)},
		},
		HTTPRanges: []HTTPRange{{"5xx", 500, 599, "the server failed; see the 5xx body below", at(d, 56)}},
		ErrorCodes: []ErrorCode{
			{0, "general error", at(d, 73)},
			{10001, "unknown user", at(d, 74)},
			{10002, "unknown guild", at(d, 75)},
			{10003, "unknown member", at(d, 76)},
			{10004, "unknown image", at(d, 77)},
			{10005, "unknown image category", at(d, 78)},
			{10006, "unknown service", at(d, 79)},
			{10007, "unknown service event", at(d, 80)},
			{10008, "unknown service history", at(d, 81)},
			{10009, "unknown interruption", at(d, 82)},
			{10010, "unknown interruption update", at(d, 83)},
			{10011, "unknown kettu", at(d, 84)},
			{10012, "unknown kettu shard", at(d, 85)},
			{40001, "blacklisted", at(d, 86)},
			{40002, "unauthorized, invalid token", at(d, 87)},
			{40003, "bots cannot use this endpoint", at(d, 88)},
			{40004, "invalid route ratelimit configuration", at(d, 89)},
			{40005, "invalid simulation target", at(d, 90)},
			{40006, "missing access token", at(d, 91)},
			{40007, "expired access token", at(d, 92)},
			{50001, "missing access", at(d, 93)},
			{50002, "insufficient permissions", at(d, 94)},
			{50003, "invalid query", at(d, 95)},
			{50004, "invalid body", at(d, 96)},
			{50005, "invalid content type", at(d, 97)},
			{50006, "ip already verified", at(d, 98)},
			{50007, "invalid mfa code", at(d, 99)},
			{50008, "invalid ip for the mfa code", at(d, 100)},
		},
		CloseCodes: []CloseCode{
			{4000, "unknown error", "resume", "something failed on the server; connect again", at(d, 29)},
			{4001, "unknown opcode", "resume", "the client sent an opcode the gateway does not know", at(d, 30)},
			{4002, "decode error", "resume", "a payload was not valid JSON text", at(d, 31)},
			{4003, "not authenticated", "abort", "a payload came before identify", at(d, 32)},
			{4004, "authentication failed", "abort", "the token was rejected", at(d, 33)},
			{4005, "already authenticated", "resume", "identify was sent a second time", at(d, 34)},
			{4007, "invalid seq", "restart", "the sequence number given to resume is wrong", at(d, 35)},
			{4008, "rate limited", "resume", "payloads came too fast", at(d, 36)},
			{4009, "session timed out", "restart", "the session expired; start a new one", at(d, 37)},
			{4010, "server restarting", "restart", "the server is going down; start a new session after a short wait", at(d, 38)},
			{4012, "invalid api version", "abort", "the requested API version is not served", at(d, 39)},
			{4013, "invalid intents", "abort", "the intents value is malformed", at(d, 40)},
			{4014, "disallowed intents", "abort", "the client asked for intents it may not use", at(d, 41)},
		},
		Opcodes: []Opcode{
			{0, "dispatch", DirBoth, "carries an ordinary event", at(d, 15)},
			{1, "heartbeat", DirBoth, "keeps the connection alive and shows it still works", at(d, 16)},
			{3, "hello", DirServer, "the first message after the socket opens", at(d, 17)},
			{4, "identify", DirClient, "starts a session with the client's credentials", at(d, 18)},
			{5, "resume", DirClient, "picks up a session that was cut off", at(d, 19)},
			{6, "invalid session", DirServer, "the session cannot go on; usually before a close", at(d, 20)},
			{7, "reconnect", DirServer, "asks the client to connect again; usually before a close", at(d, 21)},
		},
		ErrorShape:          []string{"code", "message"},
		ErrorShapePos:       at(d, 62),
		ServerErrorShape:    []string{"message", "report"},
		ServerErrorShapePos: at(d, 107),
	}
	got := Default()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Default() mismatch (-want +got):\n%s", diff)
	}
	// Each call is a fresh copy: changing one does not change the next.
	got.HTTP[0].Name = "changed"
	got.Sources[0] = "changed"
	if again := Default(); again.HTTP[0].Name != "OK" || again.Sources[0] != "the default catalog" {
		t.Errorf("Default() shares memory with an earlier result: %v %v", again.HTTP[0], again.Sources)
	}
	if c, err := Load(); err != nil || !cmp.Equal(c, want) {
		t.Errorf("Load() = %v, %v; want the default catalog", c, err)
	}
}
