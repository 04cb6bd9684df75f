package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScanArgs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want argScan
	}{
		{"none", []string{"./..."}, argScan{}},
		{"separate value", []string{"-catalog", "a.md", "./..."}, argScan{catalogs: []string{"a.md"}}},
		{"equals and double dash", []string{"--catalog=a.md", "-catalog=b.yaml", "./..."},
			argScan{catalogs: []string{"a.md", "b.yaml"}}},
		{"value flag before", []string{"-c", "3", "-catalog", "a.md", "./..."},
			argScan{catalogs: []string{"a.md"}}},
		{"bool flags before", []string{"-json", "-fix", "-httpstatus=false", "-catalog", "a.md", "p"},
			argScan{catalogs: []string{"a.md"}}},
		{"stops at first package", []string{"./...", "-catalog", "a.md"}, argScan{}},
		{"stops at double dash", []string{"--", "-catalog", "a.md"}, argScan{}},
		{"vet config", []string{"-catalog=docs/a.md", "-json", "/tmp/b001/vet.cfg"},
			argScan{catalogs: []string{"docs/a.md"}, unitMode: true, config: "/tmp/b001/vet.cfg"}},
		{"two args are not a vet run", []string{"x.cfg", "y.cfg"}, argScan{}},
		{"version", []string{"-version"}, argScan{version: true}},
		{"bare V", []string{"-V"}, argScan{version: true}},
		{"V full is left to the flag", []string{"-V=full"}, argScan{}},
		{"version false", []string{"-version=false", "p"}, argScan{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := scanArgs(tt.args)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(argScan{})); diff != "" {
				t.Errorf("scanArgs(%q) mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}
