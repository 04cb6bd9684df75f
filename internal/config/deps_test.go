package config

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPassesCarryNoReader checks that the passes, this configuration
// analyzer they require, and statuslint-vet, which go vet starts once per
// package, link no document reader: the readers register with the model
// from catalog/read, which only the hosts that load documents import, and
// their libraries' initialisation would be paid by every package go vet
// analyses. (YAML stays: the config file is YAML.) Nor do they link
// net/http, which brings TLS, x509 and the network stack into every
// process's initialisation; the passes name statuses with report.Status.
func TestPassesCarryNoReader(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "github.com/statuslint/statuslint/passes/...", "github.com/statuslint/statuslint/cmd/statuslint-vet").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps printed %d packages", len(deps))
	}
	for _, dep := range deps {
		for _, banned := range []string{"github.com/yuin/goldmark", "golang.org/x/net/html", "github.com/getkin/kin-openapi", "github.com/santhosh-tekuri/jsonschema", "github.com/statuslint/statuslint/catalog/read", "net/http", "crypto/tls"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("the passes or statuslint-vet import %s", dep)
			}
		}
	}
}
