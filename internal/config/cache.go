package config

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/statuslint/statuslint/catalog"
)

// A document is one catalog document: its name in diagnostics and errors,
// and where it is.
type document struct{ name, path string }

// catalogs caches each set of documents' catalog for the process.
var catalogs sync.Map // names and paths -> *loadedCatalog

type loadedCatalog struct {
	once sync.Once
	cat  *catalog.Catalog
	err  error
}

// loadDocuments reads and merges docs, once per process for each set.
func loadDocuments(docs []document) (*catalog.Catalog, error) {
	var key strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&key, "%s\x00%s\x00", d.name, d.path)
	}
	v, _ := catalogs.LoadOrStore(key.String(), new(loadedCatalog))
	l := v.(*loadedCatalog)
	l.once.Do(func() { l.cat, l.err = readDocuments(docs) })
	return l.cat, l.err
}

// External parses catalog documents in another program, for a command
// that does not link the readers (statuslint-vet, which go vet starts once
// per package and so must start fast). Its catalogs are always kept in the
// disk cache: running the other program costs more than a cache file.
type External struct {
	// Parse returns the catalog of the document name, read from path,
	// whose content is data.
	Parse func(name, path string, data []byte) (*catalog.Catalog, error)
	// ID identifies the program that parses (its path, size and time),
	// for the cache key: a new build of it misses.
	ID string
}

var external *External

// UseExternal makes every catalog document of the process parsed by e.
// It is for a main package, before any analysis runs.
func UseExternal(e *External) { external = e }

// DiskCacheMin is the combined size of a set of documents from which
// their parsed catalog is kept in the user cache directory. Smaller
// documents parse faster than a cache file is found.
const DiskCacheMin = 64 << 10

// readDocuments reads docs, from the disk cache when they are large.
//
// How it works: go vet runs the tool once per package, so a large
// catalog would be parsed hundreds of times in one run. The merged
// catalog is stored as JSON (the schema of `statuslint catalog -json`)
// under a key that hashes the executable's identity and every document's
// name and content, so an edited document or a rebuilt binary misses.
// Files are written to a temporary name and renamed into place, so
// concurrent processes see a whole file or none.
func readDocuments(docs []document) (*catalog.Catalog, error) {
	data := make([][]byte, len(docs))
	total := 0
	for i, d := range docs {
		b, err := os.ReadFile(d.path)
		if err != nil {
			return nil, &catalog.Error{File: d.name, Msg: "cannot read: " + unwrapPath(err).Error()}
		}
		data[i] = b
		total += len(b)
	}
	cacheFile := ""
	if total >= DiskCacheMin || external != nil {
		cacheFile = cachePath(docs, data)
	}
	if cacheFile != "" {
		if b, err := os.ReadFile(cacheFile); err == nil {
			var c catalog.Catalog
			if json.Unmarshal(b, &c) == nil {
				return &c, nil
			}
		}
	}
	cats := make([]*catalog.Catalog, len(docs))
	for i, d := range docs {
		var c *catalog.Catalog
		var err error
		if external != nil {
			c, err = external.Parse(d.name, d.path, data[i])
		} else {
			c, err = catalog.ParseDocument(d.name, data[i])
		}
		if err != nil {
			return nil, err
		}
		cats[i] = c
	}
	cat := cats[0]
	if len(cats) > 1 {
		var err error
		if cat, err = catalog.Merge(cats...); err != nil {
			return nil, err
		}
	}
	if cacheFile != "" {
		writeCache(cacheFile, cat) // a failure costs the next run a parse, nothing more
	}
	return cat, nil
}

// cachePath returns the cache file for the documents, or "" when there is
// no user cache directory or no executable to key it by.
func cachePath(docs []document, data [][]byte) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "statuslint catalog cache 1\x00%s\x00%d\x00%d\x00", exe, fi.Size(), fi.ModTime().UnixNano())
	if external != nil {
		fmt.Fprintf(h, "%s\x00", external.ID)
	}
	for i, d := range docs {
		fmt.Fprintf(h, "%s\x00%d\x00", d.name, len(data[i]))
		h.Write(data[i])
	}
	return filepath.Join(dir, "statuslint", "catalog", hex.EncodeToString(h.Sum(nil))+".json")
}

func writeCache(file string, cat *catalog.Catalog) {
	b, err := json.Marshal(cat)
	if err != nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
	}
}
