package config

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPassesMatchREADME checks that Passes has one category for every row
// of the README's table of checks, under the pass of its row, in the
// table's order, and that every category has both of its descriptions.
func TestPassesMatchREADME(t *testing.T) {
	t.Parallel()
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	row := regexp.MustCompile("^\\| (?:\\[(\\w+)\\]\\(#\\w+\\))? *\\| `([a-z0-9-]+)` \\|")
	type entry struct{ Pass, Category string }
	var want []entry
	in, pass := false, ""
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := sc.Text()
		if line == "## Checks" {
			in = true
			continue
		}
		if in && strings.HasPrefix(line, "## ") {
			break
		}
		if m := row.FindStringSubmatch(line); in && m != nil {
			if m[1] != "" {
				pass = m[1]
			}
			want = append(want, entry{pass, m[2]})
		}
	}
	if len(want) == 0 {
		t.Fatal("found no rows in the README's table of checks")
	}
	var got []entry
	for _, p := range Passes {
		for _, c := range p.Categories {
			got = append(got, entry{p.Name, c.Name})
			if c.Summary == "" || c.Description == "" {
				t.Errorf("%s: a summary and a description are both needed", c.Name)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Passes differ from the README's table of checks (-want +got):\n%s", diff)
	}
	for _, c := range Suppressions {
		if c.Summary == "" || c.Description == "" {
			t.Errorf("%s: a summary and a description are both needed", c.Name)
		}
	}
}
