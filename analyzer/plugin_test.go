package analyzer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// newTestPlugin decodes settings the way golangci-lint hands them over: as
// the YAML decoder's generic values.
func newTestPlugin(t *testing.T, settings map[string]any) (*plugin, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatalf("the package does not register the plugin: %v", err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	return p.(*plugin), nil
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// allBut returns the names of the suite's passes, in order, without those
// named.
func allBut(names ...string) []string {
	var out []string
	for _, a := range Suite(Options{}) {
		if !slices.Contains(names, a.Name) {
			out = append(out, a.Name)
		}
	}
	return out
}

func TestPluginLoadMode(t *testing.T) {
	t.Parallel()
	p, err := newTestPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(as), names(Suite(Options{})); !slices.Equal(got, want) {
		t.Errorf("no settings: analyzers %v, want the whole suite %v", got, want)
	}
}

func TestPluginRejectsBadSettings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		settings map[string]any
		want     string
	}{
		{"typo", map[string]any{"catalgo": []any{"docs/status-codes.md"}}, `unknown field "catalgo"`},
		{"wrong type", map[string]any{"catalog": "docs/status-codes.md"}, "cannot unmarshal string"},
		{"unknown pass", map[string]any{"disable": []any{"httpstatuss"}}, `unknown pass or category "httpstatuss"`},
		{"unknown category", map[string]any{"enable": []any{"raw-statuses"}}, `unknown pass or category "raw-statuses"`},
		{"empty path", map[string]any{"catalog": []any{""}}, "empty catalog path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newTestPlugin(t, tc.settings)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestPluginEnableDisable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name            string
		enable, disable []any
		want            []string
	}{
		{name: "disable a pass", disable: []any{"closecode"}, want: allBut("closecode")},
		{name: "disable a category", disable: []any{"raw-status"}, want: allBut()},
		{name: "disable every category of a pass", disable: []any{"raw-status", "undocumented-status", "invalid-status"}, want: allBut("httpstatus")},
		{name: "a category beats its pass", disable: []any{"closecode"}, enable: []any{"raw-close-code"}, want: allBut()},
		{name: "enable beats disable", disable: []any{"errorcode"}, enable: []any{"errorcode"}, want: allBut()},
		{name: "enable alone turns nothing off", enable: []any{"errorcode"}, want: allBut()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newTestPlugin(t, map[string]any{"enable": tc.enable, "disable": tc.disable})
			if err != nil {
				t.Fatal(err)
			}
			as, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatal(err)
			}
			if got := names(as); !slices.Equal(got, tc.want) {
				t.Errorf("analyzers %v, want %v", got, tc.want)
			}
			suite := map[string]*analysis.Analyzer{}
			for _, a := range Suite(Options{}) {
				suite[a.Name] = a
			}
			for _, a := range as {
				// A wrapped pass is a copy with the same requirements and
				// facts, so that it runs as the original would.
				o := suite[a.Name]
				if !slices.Equal(a.Requires, o.Requires) || len(a.FactTypes) != len(o.FactTypes) {
					t.Errorf("%s: requirements or facts differ from the suite's", a.Name)
				}
			}
			if err := analysis.Validate(as); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestPluginCategoryFilter runs a pass with a category turned off: its
// diagnostics go, the other categories' stay (the case's want comments).
func TestPluginCategoryFilter(t *testing.T) {
	t.Parallel()
	p, err := newTestPlugin(t, map[string]any{"disable": []any{"errorcode", "closecode", "leak5xx", "opstatus", "raw-status"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("analyzers %v, want httpstatus alone", names(as))
	}
	analysistest.Run(t, testdata(t), as[0], "plugin/categories")
}

// TestPluginCatalogRelativeToConfig checks that a relative catalog path is
// read from the directory of the golangci-lint configuration file, from a
// working directory below it, and from the directory of the file -c names.
func TestPluginCatalogRelativeToConfig(t *testing.T) {
	root := t.TempDir()
	doc := "# Status codes\n\n| Code | Meaning |\n|---|---|\n| 200 | OK |\n| 418 | teapot |\n"
	for _, dir := range []string{"docs", "sub/pkg", "other/docs"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(root, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".golangci.yml", "version: \"2\"\n")
	write("docs/status-codes.md", doc)
	write("other/.golangci.yml", "version: \"2\"\n")
	write("other/docs/status-codes.md", strings.Replace(doc, "418", "420", 1))

	t.Chdir(filepath.Join(root, "sub", "pkg"))
	if got := configDir(nil); got != root {
		t.Errorf("configDir found %q, want %q", got, root)
	}
	for _, args := range [][]string{
		{"run", "-c", "../../other/.golangci.yml", "./..."},
		{"run", "--config=../../other/.golangci.yml"},
		{"run", "--config", filepath.Join(root, "other", ".golangci.yml")},
	} {
		if got, want := configDir(args), filepath.Join(root, "other"); got != want {
			t.Errorf("configDir(%q) = %q, want %q", args, got, want)
		}
	}

	p, err := newTestPlugin(t, map[string]any{"catalog": []any{"docs/status-codes.md"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.dir != root {
		t.Errorf("plugin resolves catalog paths in %q, want %q", p.dir, root)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) == 0 {
		t.Fatal("no analyzers")
	}

	// A path that names nothing is a one-line error naming the path as
	// resolved (absolute, since it is outside the working directory), not
	// a panic.
	p, err = newTestPlugin(t, map[string]any{"catalog": []any{"docs/missing.md"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.BuildAnalyzers()
	if err == nil || !strings.Contains(err.Error(), filepath.Join(root, "docs", "missing.md")+": cannot read") {
		t.Errorf("missing catalog: err = %v", err)
	}
}

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
