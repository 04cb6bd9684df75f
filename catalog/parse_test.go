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
				{Code: IntCode(0), Meaning: "general error", Pos: at(ref, 61)},
				{Code: IntCode(10001), Meaning: "unknown tree", Pos: at(ref, 62)},
				{Code: IntCode(10002), Meaning: "unknown fruit", Pos: at(ref, 63)},
				{Code: IntCode(20001), Meaning: "too many baskets", Pos: at(ref, 64)},
			},
			CloseCodes: []CloseCode{
				{Code: 4100, Name: "harvest failed", Action: "resume", Meaning: "something broke; connect again", Pos: at(ref, 23)},
				{Code: 4101, Name: "bad frame", Action: "resume", Meaning: "the frame was not valid JSON", Pos: at(ref, 24)},
				{Code: 4102, Name: "no login", Action: "abort", Meaning: "a frame came before the login", Pos: at(ref, 25)},
				{Code: 4103, Name: "frost", Action: "restart", Meaning: "the session froze; start a new one", Pos: at(ref, 26)},
			},
			// Opcode 9, named only in prose, is not documented.
			Opcodes: []Opcode{
				{Code: 0, Name: "event", Direction: DirBoth, Meaning: "a tree or fruit event", Pos: at(ref, 12)},
				{Code: 1, Name: "ping", Direction: DirBoth, Meaning: "keeps the link alive", Pos: at(ref, 13)},
				{Code: 2, Name: "welcome", Direction: DirServer, Meaning: "the first frame after connecting", Pos: at(ref, 14)},
				{Code: 8, Name: "login", Direction: DirClient, Meaning: "sends the grower's token", Pos: at(ref, 15)},
			},
			ErrorShape:       Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(ref, 45)},
			ServerErrorShape: Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(ref, 70)},
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
			ErrorShape: Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(loose, 23)},
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
			HTTPRanges:       []HTTPRange{{"5xx", 500, 599, "the tower is dark", at(yml, 9)}},
			ErrorCodes:       []ErrorCode{{Code: IntCode(7001), Meaning: "unknown beacon", Pos: at(yml, 12)}},
			CloseCodes:       []CloseCode{{Code: 4200, Name: "tower fell", Action: "restart", Meaning: "connect to another tower", Pos: at(yml, 15)}},
			Opcodes:          []Opcode{{Code: 2, Name: "flash", Direction: DirServer, Meaning: "the beacon flashed", Pos: at(yml, 20)}},
			ErrorShape:       Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(yml, 24)}, // code first, whatever the file's order
			ServerErrorShape: Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(yml, 25)},
		}},
		{jsn, &Catalog{
			Sources:    []string{jsn},
			HTTP:       []HTTPStatus{{204, "No Content", "the light was turned off", at(jsn, 4)}},
			ErrorCodes: []ErrorCode{{Code: IntCode(7002), Meaning: "beacon busy", Pos: at(jsn, 8)}},
			Opcodes:    []Opcode{{Code: 3, Name: "dim", Direction: DirClient, Meaning: "asks the beacon to dim", Pos: at(jsn, 12)}},
			ErrorShape: Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(jsn, 14)},
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
			{Code: IntCode(0), Meaning: "general error", Pos: at(d, 73)},
			{Code: IntCode(10001), Meaning: "unknown user", Pos: at(d, 74)},
			{Code: IntCode(10002), Meaning: "unknown guild", Pos: at(d, 75)},
			{Code: IntCode(10003), Meaning: "unknown member", Pos: at(d, 76)},
			{Code: IntCode(10004), Meaning: "unknown image", Pos: at(d, 77)},
			{Code: IntCode(10005), Meaning: "unknown image category", Pos: at(d, 78)},
			{Code: IntCode(10006), Meaning: "unknown service", Pos: at(d, 79)},
			{Code: IntCode(10007), Meaning: "unknown service event", Pos: at(d, 80)},
			{Code: IntCode(10008), Meaning: "unknown service history", Pos: at(d, 81)},
			{Code: IntCode(10009), Meaning: "unknown interruption", Pos: at(d, 82)},
			{Code: IntCode(10010), Meaning: "unknown interruption update", Pos: at(d, 83)},
			{Code: IntCode(10011), Meaning: "unknown kettu", Pos: at(d, 84)},
			{Code: IntCode(10012), Meaning: "unknown kettu shard", Pos: at(d, 85)},
			{Code: IntCode(40001), Meaning: "blacklisted", Pos: at(d, 86)},
			{Code: IntCode(40002), Meaning: "unauthorized, invalid token", Pos: at(d, 87)},
			{Code: IntCode(40003), Meaning: "bots cannot use this endpoint", Pos: at(d, 88)},
			{Code: IntCode(40004), Meaning: "invalid route ratelimit configuration", Pos: at(d, 89)},
			{Code: IntCode(40005), Meaning: "invalid simulation target", Pos: at(d, 90)},
			{Code: IntCode(40006), Meaning: "missing access token", Pos: at(d, 91)},
			{Code: IntCode(40007), Meaning: "expired access token", Pos: at(d, 92)},
			{Code: IntCode(50001), Meaning: "missing access", Pos: at(d, 93)},
			{Code: IntCode(50002), Meaning: "insufficient permissions", Pos: at(d, 94)},
			{Code: IntCode(50003), Meaning: "invalid query", Pos: at(d, 95)},
			{Code: IntCode(50004), Meaning: "invalid body", Pos: at(d, 96)},
			{Code: IntCode(50005), Meaning: "invalid content type", Pos: at(d, 97)},
			{Code: IntCode(50006), Meaning: "ip already verified", Pos: at(d, 98)},
			{Code: IntCode(50007), Meaning: "invalid mfa code", Pos: at(d, 99)},
			{Code: IntCode(50008), Meaning: "invalid ip for the mfa code", Pos: at(d, 100)},
		},
		CloseCodes: []CloseCode{
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
		Opcodes: []Opcode{
			{Code: 0, Name: "dispatch", Direction: DirBoth, Meaning: "carries an ordinary event", Pos: at(d, 15)},
			{Code: 1, Name: "heartbeat", Direction: DirBoth, Meaning: "keeps the connection alive and shows it still works", Pos: at(d, 16)},
			{Code: 3, Name: "hello", Direction: DirServer, Meaning: "the first message after the socket opens", Pos: at(d, 17)},
			{Code: 4, Name: "identify", Direction: DirClient, Meaning: "starts a session with the client's credentials", Pos: at(d, 18)},
			{Code: 5, Name: "resume", Direction: DirClient, Meaning: "picks up a session that was cut off", Pos: at(d, 19)},
			{Code: 6, Name: "invalid session", Direction: DirServer, Meaning: "the session cannot go on; usually before a close", Pos: at(d, 20)},
			{Code: 7, Name: "reconnect", Direction: DirServer, Meaning: "asks the client to connect again; usually before a close", Pos: at(d, 21)},
		},
		ErrorShape:       Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(d, 62)},
		ServerErrorShape: Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(d, 107)},
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
