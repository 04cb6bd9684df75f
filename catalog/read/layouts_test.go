package read

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/catalog"
)

// TestParseRealLayouts reads one fixture per layout real API pages use,
// each written in the project's own words, and compares the whole catalog,
// positions and warnings included:
//
//   - code-headings.md: one code per heading ("### -2001 UNKNOWN_HARBOUR"),
//     a name heading whose code a block gives ("Code: 3501"), "disconnect
//     codes" as close codes, a body in a js fence with its text in "msg";
//   - lists.md: codes per bullet, per definition-list entry (a meaning that
//     wraps kept whole), a range bullet, an opcode's direction in words;
//   - tables.md: a Status column beside the Code column is each code's
//     status; a decorated header; a mostly-code table read and its odd row
//     a warning; range rows; an endpoint table's slash and comma cells;
//   - misleading.md: an "Errors" heading over HTTP statuses (the Slate
//     template) with a comma row; an anchor {#standard} stripped; an
//     "error response" heading that is a body, not statuses, whose code
//     field is found by its placeholder;
//   - bodies.md: a body inline in prose; one error's example that is not
//     the general shape; a 5xx body the prose introduces, in loose JSON;
//   - rfc-style.txt: numbered sections, bare codes with wrapped meanings,
//     ranges, and an ASCII table whose cells wrap;
//   - comments.md: the statuslint comments;
//   - html-table.md: an HTML table, read by the same interpreter;
//   - styles.md: an error object nested beside other keys; an "Error"
//     column of words, and a "Field" column of words that are not codes;
//     a range row an error table cannot hold (a warning); arrows for
//     directions;
//   - schema2.yaml, schema2.json: the second schema of catalog files.
func TestParseRealLayouts(t *testing.T) {
	fcodeheadingsmd, flistsmd, ftablesmd, fmisleadingmd := fixture("code-headings.md"), fixture("lists.md"), fixture("tables.md"), fixture("misleading.md")
	fbodiesmd, frfcstyletxt, fcommentsmd, fhtmltablemd := fixture("bodies.md"), fixture("rfc-style.txt"), fixture("comments.md"), fixture("html-table.md")
	tests := []struct {
		file string
		want *catalog.Catalog
	}{
		{fcodeheadingsmd, &catalog.Catalog{
			Sources: []string{fcodeheadingsmd},
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.IntCode(-2002), Meaning: "The harbour is closed for the season.", Pos: at(fcodeheadingsmd, 17)},
				{Code: catalog.IntCode(-2001), Meaning: "No harbour has that name.", Pos: at(fcodeheadingsmd, 14)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 3501, Name: "MoonSet", Meaning: "moon has set", Pos: at(fcodeheadingsmd, 22)},
				{Code: 3502, Name: "TideTurned", Meaning: "tide turned", Pos: at(fcodeheadingsmd, 31)},
			},
			ErrorShape: catalog.Shape{Fields: []string{"code", "msg"}, Code: "code", Message: "msg", Pos: at(fcodeheadingsmd, 5)},
		}},
		{flistsmd, &catalog.Catalog{
			Sources: []string{flistsmd},
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.StringCode("LANTERN_DARK"), Meaning: "The lantern is not lit and cannot answer; light it and ask again.", Pos: at(flistsmd, 11)},
				{Code: catalog.StringCode("WICK_SHORT"), Meaning: "The wick is too short to burn.", Pos: at(flistsmd, 15)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4300, Name: "dim", Meaning: "the lantern ran out of oil", Pos: at(flistsmd, 5)},
				{Code: 4301, Name: "wick broken", Pos: at(flistsmd, 6)},
			},
			CloseRanges: []catalog.CloseRange{
				{From: 4000, To: 4999, Meaning: "codes of the lantern protocol", Pos: at(flistsmd, 7)},
			},
			Opcodes: []catalog.Opcode{
				{Code: 7, Name: "glow", Direction: "server", Pos: at(flistsmd, 20)},
				{Code: 8, Name: "trim", Direction: "client", Pos: at(flistsmd, 21)},
			},
		}},
		{ftablesmd, &catalog.Catalog{
			Sources: []string{ftablesmd},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Pos: at(ftablesmd, 31)},
				{Code: 201, Pos: at(ftablesmd, 32)},
				{Code: 202, Pos: at(ftablesmd, 32)},
				{Code: 400, Pos: at(ftablesmd, 32)},
				{Code: 401, Pos: at(ftablesmd, 31)},
				{Code: 404, Pos: at(ftablesmd, 31)},
				{Code: 413, Pos: at(ftablesmd, 32)},
			},
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.IntCode(7001), Meaning: "no such quarry", Status: 404, Pos: at(ftablesmd, 7)},
				{Code: catalog.IntCode(7002), Meaning: "the quarry is being dug", Status: 409, Pos: at(ftablesmd, 8)},
				{Code: catalog.IntCode(7003), Meaning: "the stone is too heavy", Status: 400, Pos: at(ftablesmd, 10)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4400, Meaning: "the pit flooded", Pos: at(ftablesmd, 24)},
			},
			CloseRanges: []catalog.CloseRange{
				{From: 4401, To: 4409, Meaning: "codes for the crane", Pos: at(ftablesmd, 25)},
			},
			Opcodes: []catalog.Opcode{
				{Code: 1, Name: "dig", Direction: "client", Meaning: "start digging", Pos: at(ftablesmd, 16)},
				{Code: 2, Name: "rubble", Direction: "server", Meaning: "stones came loose", Pos: at(ftablesmd, 17)},
				{Code: 3, Name: "shout", Direction: "both", Meaning: "a warning across the pit", Pos: at(ftablesmd, 18)},
			},
			Warnings: []string{ftablesmd + `:9: "TBD" in the "Code ⓘ" column is not an error code; row skipped`},
		}},
		{fmisleadingmd, &catalog.Catalog{
			Sources: []string{fmisleadingmd},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Name: "OK", Meaning: "The flowers are in bloom.", Pos: at(fmisleadingmd, 7)},
				{Code: 404, Name: "Not Found", Meaning: "No meadow grows there.", Pos: at(fmisleadingmd, 8)},
				{Code: 500, Name: "Internal Server Error", Meaning: "The sprinklers failed.", Pos: at(fmisleadingmd, 9)},
				{Code: 503, Name: "Internal Server Error", Meaning: "The sprinklers failed.", Pos: at(fmisleadingmd, 9)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4600, Name: "wilted", Pos: at(fmisleadingmd, 26)},
			},
			ErrorShape: catalog.Shape{Fields: []string{"failure", "reason"}, Code: "failure", Message: "reason", Pos: at(fmisleadingmd, 15)},
		}},
		{fbodiesmd, &catalog.Catalog{
			Sources: []string{fbodiesmd},
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.IntCode(61), Meaning: "No grove has that name.", Pos: at(fbodiesmd, 8)},
			},
			ErrorShape:       catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Pos: at(fbodiesmd, 5)},
			ServerErrorShape: catalog.Shape{Fields: []string{"message", "report"}, Message: "message", Pos: at(fbodiesmd, 22)},
		}},
		{frfcstyletxt, &catalog.Catalog{
			Sources: []string{frfcstyletxt},
			CloseCodes: []catalog.CloseCode{
				{Code: 4700, Meaning: "4700 says that the queen has left and the hive closes for the winter.", Pos: at(frfcstyletxt, 11)},
				{Code: 4701, Meaning: "4701 says that the honey is gone.", Pos: at(frfcstyletxt, 16)},
				{Code: 4702, Meaning: "Swarm left the hive", Pos: at(frfcstyletxt, 34)},
			},
			CloseRanges: []catalog.CloseRange{
				{From: 4000, To: 4699, Meaning: "Codes for the keepers.", Pos: at(frfcstyletxt, 22)},
			},
		}},
		{fcommentsmd, &catalog.Catalog{
			Sources: []string{fcommentsmd},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Meaning: "fired", Pos: at(fcommentsmd, 13)},
				{Code: 418, Meaning: "the kiln is a teapot", Pos: at(fcommentsmd, 14)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4800, Meaning: "too hot", Scope: "firing", Pos: at(fcommentsmd, 8)},
				{Code: 4800, Name: "glaze cracked", Scope: "glazing", Pos: at(fcommentsmd, 24)},
			},
		}},
		{fhtmltablemd, &catalog.Catalog{
			Sources: []string{fhtmltablemd},
			HTTP: []catalog.HTTPStatus{
				{Code: 200, Meaning: "the cloth is woven", Pos: at(fhtmltablemd, 10)},
				{Code: 429, Meaning: "too many threads at once; wait", Pos: at(fhtmltablemd, 12)},
			},
		}},
	}
	st := fixture("styles.md")
	tests = append(tests, struct {
		file string
		want *catalog.Catalog
	}{st, &catalog.Catalog{
		Sources: []string{st},
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(-40002), Meaning: "tower on fire", Pos: at(st, 24)},
			{Code: catalog.IntCode(-40001), Meaning: "tower asleep", Pos: at(st, 23)},
			{Code: catalog.StringCode("flag_torn"), Meaning: "The flag cannot be raised.", Pos: at(st, 14)},
			{Code: catalog.StringCode("tower_asleep"), Meaning: "The tower is not listening; ring the bell first.", Pos: at(st, 13)},
		},
		Opcodes: []catalog.Opcode{
			{Code: 1, Name: "beacon", Direction: catalog.DirServer, Pos: at(st, 31)},
			{Code: 2, Name: "answer", Direction: catalog.DirClient, Pos: at(st, 32)},
			{Code: 3, Name: "chatter", Direction: catalog.DirBoth, Pos: at(st, 33)},
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message", Path: "fault", Pos: at(st, 7)},
		Warnings:   []string{st + `:25: "-40100 to -40199" in the "Code" column is not an error code; row skipped`},
	}})
	y, j := fixture("schema2.yaml"), fixture("schema2.json")
	tests = append(tests, []struct {
		file string
		want *catalog.Catalog
	}{
		{y, &catalog.Catalog{
			Sources: []string{y},
			ErrorCodes: []catalog.ErrorCode{
				{Code: catalog.IntCode(-32001), Meaning: "ferry not found", Status: 404, Pos: at(y, 4)},
				{Code: catalog.StringCode("BOAT_FULL"), Meaning: "no seat left", Status: 409, Pos: at(y, 5)},
			},
			CloseCodes: []catalog.CloseCode{
				{Code: 4500, Name: "engine stopped", Scope: "engine", Pos: at(y, 8)},
				{Code: 4500, Name: "storm", Scope: "harbour", Pos: at(y, 7)},
			},
			CloseRanges: []catalog.CloseRange{{From: 4500, To: 4599, Meaning: "ferry codes", Pos: at(y, 10)}},
			Opcodes:     []catalog.Opcode{{Code: 1, Name: "board", Direction: catalog.DirClient, Scope: "harbour", Pos: at(y, 12)}},
			// The code field comes first, whatever the file's order.
			ErrorShape:       catalog.Shape{Fields: []string{"failure", "reason"}, Code: "failure", Message: "reason", Path: "errors[]", Pos: at(y, 14)},
			ServerErrorShape: catalog.Shape{Fields: []string{"text", "ticket"}, Message: "text", Pos: at(y, 18)},
		}},
		{j, &catalog.Catalog{
			Sources:    []string{j},
			ErrorCodes: []catalog.ErrorCode{{Code: catalog.StringCode("DOCK_SHUT"), Meaning: "the dock is shut", Pos: at(j, 2)}},
			ErrorShape: catalog.Shape{Fields: []string{"error", "detail"}, Code: "error", Message: "detail", Path: "error", Pos: at(j, 3)},
		}},
	}...)
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			t.Parallel()
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
