package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// largeModule writes a module of n packages, each a handler that answers
// an undocumented 409, and a catalog document of about size bytes.
func largeModule(b *testing.B, n, size int) string {
	b.Helper()
	dir := b.TempDir()
	files := map[string]string{"go.mod": "module example.com/big\n\ngo 1.25\n"}
	for i := range n {
		imp := ""
		if i%10 != 0 {
			imp = fmt.Sprintf("\n\t_ \"example.com/big/p%03d\"", i-1)
		}
		files[fmt.Sprintf("p%03d/h.go", i)] = fmt.Sprintf("package p%03d\n\nimport (\n\t\"net/http\"%s\n)\n\nfunc H(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusConflict)\n}\n", i, imp)
	}
	var doc strings.Builder
	doc.WriteString("# Big API\n\n## HTTP statuses\n\n| code | name |\n|---|---|\n| 200 | OK |\n\n## JSON error codes\n\n| code | meaning |\n|---|---|\n")
	for i := 0; doc.Len() < size; i++ {
		fmt.Fprintf(&doc, "| %d | the error number %d of a long list of errors |\n", 100000+i, i)
	}
	files["docs/codes.md"] = doc.String()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkVetLargeCatalog times go vet -vettool=statuslint on 200
// packages with a 1 MB catalog. Each iteration rewrites a comment in
// statuslint.yaml, which changes the tool ID, so go vet reruns every
// package (the standard library's fact runs included); the catalog's
// disk cache stays warm.
//
//	go test ./cmd/statuslint -run '^$' -bench VetLargeCatalog -benchtime 3x
func BenchmarkVetLargeCatalog(b *testing.B) {
	dir := largeModule(b, 200, 1<<20)
	env := []string{"XDG_CACHE_HOME=" + b.TempDir()}
	for i := 0; b.Loop(); i++ {
		if err := os.WriteFile(filepath.Join(dir, "statuslint.yaml"), []byte(fmt.Sprintf("# run %d\n", i)), 0o644); err != nil {
			b.Fatal(err)
		}
		r := runEnv(b, dir, env, "go", "vet", "-vettool="+binary, "-catalog=docs/codes.md", "./...")
		if got := strings.Count(r.stderr, "status 409 Conflict is not documented in docs/codes.md"); got != 200 {
			b.Fatalf("%d findings, want 200:\n%s", got, r.stderr)
		}
	}
}
