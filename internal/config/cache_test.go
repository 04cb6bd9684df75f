package config

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// bigDocument returns a catalog document of at least DiskCacheMin bytes.
func bigDocument() string {
	var b strings.Builder
	b.WriteString("# API\n\n## HTTP statuses\n\n| code | name |\n|---|---|\n| 200 | OK |\n\n## JSON error codes\n\n| code | meaning |\n|---|---|\n")
	for i := 0; b.Len() < DiskCacheMin+1024; i++ {
		fmt.Fprintf(&b, "| %d | error number %d |\n", 100000+i, i)
	}
	return b.String()
}

// TestDiskCache checks that concurrent readers of a large document all
// get the whole catalog, that one cache file results, with no temporary
// file left, that the cached catalog is what a parse gives, and that a
// damaged cache file is parsed around.
func TestDiskCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache) // for systems where UserCacheDir reads HOME
	dir := t.TempDir()
	path := filepath.Join(dir, "codes.md")
	if err := os.WriteFile(path, []byte(bigDocument()), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := []document{{name: "docs/codes.md", path: path}}
	first, err := readDocuments(docs)
	if err != nil {
		t.Fatal(err)
	}
	cached, err := readDocuments(docs) // from the file the first wrote
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(first)
	b, _ := json.Marshal(cached)
	if string(a) != string(b) {
		t.Errorf("the cached catalog differs from the parsed one")
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := readDocuments(docs)
			if err != nil {
				errs <- err
				return
			}
			if len(c.ErrorCodes) != len(first.ErrorCodes) || c.Describe() != "docs/codes.md" {
				errs <- fmt.Errorf("got %d error codes from %s, want %d", len(c.ErrorCodes), c.Describe(), len(first.ErrorCodes))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	root, err := os.UserCacheDir()
	if err != nil {
		t.Skip("no user cache directory here")
	}
	files, _ := filepath.Glob(filepath.Join(root, "statuslint", "catalog", "*"))
	if len(files) != 1 || !strings.HasSuffix(files[0], ".json") {
		t.Fatalf("cache directory holds %v, want one .json file", files)
	}
	if err := os.WriteFile(files[0], []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readDocuments(docs)
	if err != nil || len(c.ErrorCodes) != len(first.ErrorCodes) {
		t.Errorf("with a damaged cache file: %v, %d codes", err, len(c.ErrorCodes))
	}
}

// TestSmallDocumentsNotCached checks that small documents leave the user
// cache directory alone.
func TestSmallDocumentsNotCached(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	path := filepath.Join(t.TempDir(), "codes.md")
	if err := os.WriteFile(path, []byte("# API\n\n## HTTP statuses\n\n| code | name |\n|---|---|\n| 200 | OK |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readDocuments([]document{{name: "codes.md", path: path}}); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(cache); len(entries) != 0 {
		t.Errorf("a small document was cached: %v", entries)
	}
}
