package config

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPassesCarryNoReader checks that the passes, and this configuration
// analyzer they require, link no document reader: the readers register
// with the model from catalog/read, which only the hosts that load
// documents import. (YAML stays: the config file is YAML.)
func TestPassesCarryNoReader(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "github.com/statuslint/statuslint/passes/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps printed %d packages", len(deps))
	}
	for _, dep := range deps {
		for _, banned := range []string{"github.com/yuin/goldmark", "golang.org/x/net/html", "github.com/statuslint/statuslint/catalog/read"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("the passes import %s", dep)
			}
		}
	}
}
