package errorcode_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

// TestStatusMismatch runs the status-mismatch cases on their own and
// checks what their diagnostics carry: the category, its URL, the range
// of the status argument, and no fix.
func TestStatusMismatch(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: docs()}), "errorcode/status")
	n := 0
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			if !strings.Contains(d.Message, "sent with status") {
				continue
			}
			n++
			if d.Category != errorcode.CategoryStatus || d.URL != "https://github.com/statuslint/statuslint#"+errorcode.CategoryStatus {
				t.Errorf("%s: category %q, URL %q", fset.Position(d.Pos), d.Category, d.URL)
			}
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: a status mismatch has no fix", fset.Position(d.Pos))
			}
			if text := source(t, fset.File(d.Pos).Name(), fset.Position(d.Pos).Offset, fset.Position(d.End).Offset); !strings.Contains(text, "Status") && !strings.Contains(text, "200") && text != "ok" && !strings.Contains(d.Message, "no WriteHeader") {
				t.Errorf("%s: reported at %q, not at the status", fset.Position(d.Pos), text)
			}
		}
	}
	if n != 13 {
		t.Errorf("%d status mismatches, want the 13 of the cases", n)
	}
}

// TestStatusNotHeldWithout4xx checks that a catalog whose HTTP section
// documents no 4xx status (an API that answers every error with 200)
// gives no status mismatch, while its undocumented codes are still found.
func TestStatusNotHeldWithout4xx(t *testing.T) {
	t.Parallel()
	c := docs()
	c.HTTP = []catalog.HTTPStatus{{Code: 200, Name: "OK"}}
	c.HTTPRanges = nil
	results := analysistest.Run(fixtest.Quiet{T: t}, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: c}), "errorcode/status")
	undocumented := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			switch d.Category {
			case errorcode.CategoryStatus:
				t.Errorf("unexpected status mismatch: %s", d.Message)
			case errorcode.CategoryUndocumented:
				undocumented++
			}
		}
	}
	if undocumented == 0 {
		t.Error("the undocumented codes of the cases were not reported")
	}
}

// TestQuietWithoutErrorCodes checks that a catalog with no error-code
// section gives no finding at all, over every case.
func TestQuietWithoutErrorCodes(t *testing.T) {
	t.Parallel()
	c := docs()
	c.ErrorCodes = nil
	results := analysistest.Run(fixtest.Quiet{T: t}, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: c}), patterns...)
	if len(results) == 0 {
		t.Fatal("nothing analyzed")
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: unexpected diagnostic: %s", r.Action.Package.Fset.Position(d.Pos), d.Message)
		}
	}
}

// TestCategories checks that every diagnostic over the cases carries one
// of the pass's categories and its URL, and that each category occurs.
func TestCategories(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(fixtest.Quiet{T: t}, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: docs()}), patterns...)
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category]++
			if d.URL != "https://github.com/statuslint/statuslint#"+d.Category {
				t.Errorf("%s: URL %q", d.Message, d.URL)
			}
			if d.Message == "" || strings.ToLower(d.Message[:1]) != d.Message[:1] || strings.HasSuffix(d.Message, ".") {
				t.Errorf("message %q: want lowercase, no final period", d.Message)
			}
		}
	}
	for _, c := range []string{errorcode.CategoryUndocumented, errorcode.CategoryStatus, errorcode.CategoryRaw} {
		if seen[c] == 0 {
			t.Errorf("no diagnostic of category %s", c)
		}
		delete(seen, c)
	}
	for c, n := range seen {
		t.Errorf("%d diagnostics of unknown category %q", n, c)
	}
}

// TestDoc checks the analyzer's documentation comes from doc.go.
func TestDoc(t *testing.T) {
	t.Parallel()
	a := errorcode.New(errorcode.Options{})
	if a.Name != "errorcode" || !strings.HasPrefix(a.Doc, "errorcode: check JSON error codes") {
		t.Errorf("name %q, doc %q", a.Name, a.Doc)
	}
}

// TestStatusLikeCodes runs the cases of an API whose documented error codes
// are HTTP statuses: a code below 400 in its body is a success envelope's.
func TestStatusLikeCodes(t *testing.T) {
	t.Parallel()
	c := &catalog.Catalog{
		Sources: []string{"docs/api.md"},
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(400), Meaning: "bad request"}, {Code: catalog.IntCode(404), Meaning: "not found"}, {Code: catalog.IntCode(500), Meaning: "internal error"},
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message", "data"}, Code: "code", Message: "message"},
	}
	analysistest.Run(t, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: c}), "errorcode/statuslike")
}

// TestSuccessEnvelopes runs the cases of an API that answers successes and
// errors with one envelope, built where the status is not known: its code
// 0, and a code whose message says success, are not error codes.
func TestSuccessEnvelopes(t *testing.T) {
	t.Parallel()
	c := &catalog.Catalog{
		Sources: []string{"docs/api.md"},
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(40002), Meaning: "invalid data"}, {Code: catalog.IntCode(40401), Meaning: "data not found"}, {Code: catalog.IntCode(50001), Meaning: "internal error"},
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message", "data"}, Code: "code", Message: "message"},
	}
	analysistest.Run(t, fixtest.TestData(t), errorcode.New(errorcode.Options{Catalog: c}), "errorcode/envelope")
}
