package config

import (
	"strings"
	"testing"

	// The readers of catalog documents, which the tests of the package
	// load; the command and the passes link them the same way.
	_ "github.com/statuslint/statuslint/catalog/read"
)

func TestParseSinks(t *testing.T) {
	t.Parallel()
	src := "sinks:\n" +
		"  - {package: example.com/app/ws, function: FormatCloseMessage, argument: 0, role: close-code}\n" +
		"  - package: example.com/app/web\n    receiver: Ctx\n    function: Fail\n    role: status\n"
	fs, err := parseFile("statuslint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []SinkRow{
		{Package: "example.com/app/ws", Function: "FormatCloseMessage", Argument: 0, Role: "close-code"},
		{Package: "example.com/app/web", Receiver: "Ctx", Function: "Fail", Role: "status"},
	}
	if len(fs.sinks) != len(want) {
		t.Fatalf("sinks = %+v, want %+v", fs.sinks, want)
	}
	for i := range want {
		if fs.sinks[i] != want[i] {
			t.Errorf("sink %d = %+v, want %+v", i, fs.sinks[i], want[i])
		}
	}
}

func TestParseSinksErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ src, want string }{
		{"sinks: x\n", "statuslint.yaml:1: sinks: want a list"},
		{"sinks: [x]\n", "statuslint.yaml:1: sinks: want a mapping"},
		{"sinks:\n  - {package: p, function: f, role: teapot}\n", `statuslint.yaml:2: sinks: unknown role "teapot"`},
		{"sinks:\n  - {package: p, function: f, role: status, argument: -1}\n", `statuslint.yaml:2: sinks: argument "-1"`},
		{"sinks:\n  - {package: p, role: status}\n", "statuslint.yaml:2: sinks: a row needs a function"},
		{"sinks:\n  - {function: f, role: status}\n", "statuslint.yaml:2: sinks: a row needs a package"},
		{"sinks:\n  - {package: p, function: f}\n", "statuslint.yaml:2: sinks: a row needs a role"},
		{"sinks:\n  - {package: p, function: f, role: status, kind: x}\n", `statuslint.yaml:2: sinks: unknown key "kind"`},
		{"sinks:\n  - {package: p, package: q, function: f, role: status}\n", `statuslint.yaml:2: sinks: "package" given twice`},
	} {
		_, err := parseFile("statuslint.yaml", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parseFile(%q) = %v, want an error starting %q", tt.src, err, tt.want)
		}
	}
}
