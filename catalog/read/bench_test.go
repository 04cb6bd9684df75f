package read

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse reads the largest fixture and, when the shared seeds are
// next to the work tree, the largest seed document. The data is read once,
// outside the timed loop.
func BenchmarkParse(b *testing.B) {
	bench := func(b *testing.B, name string, data []byte) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Parse(name, data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("reference", func(b *testing.B) {
		data, err := os.ReadFile(fixture("reference.md"))
		if err != nil {
			b.Fatal(err)
		}
		bench(b, "reference.md", data)
	})
	b.Run("largest-seed", func(b *testing.B) {
		seeds, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
		var largest string
		var size int64
		for _, s := range seeds {
			if fi, err := os.Stat(s); err == nil && fi.Size() > size {
				largest, size = s, fi.Size()
			}
		}
		if largest == "" {
			b.Skip("no seed documents at ../shared/seeds")
		}
		data, err := os.ReadFile(largest)
		if err != nil {
			b.Fatal(err)
		}
		bench(b, filepath.Base(largest), data)
	})
	// The real pages in ../shared/realdocs, when they are next to the work
	// tree: the parse must stay under 1 ms per 10 kB.
	pages, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "realdocs", "*"))
	for _, p := range pages {
		if filepath.Ext(p) != ".md" && filepath.Ext(p) != ".txt" || filepath.Base(p) == "SOURCES.md" {
			continue
		}
		b.Run(filepath.Base(p), func(b *testing.B) {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			bench(b, filepath.Base(p), data)
		})
	}
}
