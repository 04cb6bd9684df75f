package jsonbody_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/internal/jsonbody"
)

// TestHelperFacts checks the facts on the helpers of the errorcode cases:
// which parameter becomes which key of which object, through a helper of
// the same package and one two deep, and none on a function that builds
// no object.
func TestHelperFacts(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	// The cases' want comments are the errorcode pass's: Quiet drops them.
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, jsonbody.Analyzer, "errorcode/helpers/apierr")
	got := map[string]*jsonbody.Helper{}
	for _, r := range results {
		for obj, facts := range r.Facts {
			for _, f := range facts {
				if h, ok := f.(*jsonbody.Helper); ok {
					got[obj.Name()] = h
				}
				if m, ok := f.(*jsonbody.MethodHelpers); ok {
					for i, name := range m.Names {
						got[obj.Name()+"."+name] = &m.Helpers[i]
					}
				}
			}
		}
	}
	body := []string{"code", "message"}
	want := map[string]*jsonbody.Helper{
		"New":   {Bodies: []jsonbody.HelperBody{{Keys: body, Params: []jsonbody.ParamKey{{Index: 0, Key: "code"}, {Index: 1, Key: "message"}}}}},
		"Write": {Bodies: []jsonbody.HelperBody{{Keys: body, Params: []jsonbody.ParamKey{{Index: 2, Key: "code"}, {Index: 3, Key: "message"}}}}},
		"Fail":  {Bodies: []jsonbody.HelperBody{{Keys: body, Params: []jsonbody.ParamKey{{Index: 1, Key: "code"}}}}},
		// A method's summary, on its type.
		"Service.Error": {Bodies: []jsonbody.HelperBody{{Keys: body, Params: []jsonbody.ParamKey{{Index: 0, Key: "code"}}}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
}

// TestBodies checks the objects of one case file: their kinds and keys,
// and that logged objects and embedded literals are not objects of their
// own.
func TestBodies(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, jsonbody.Analyzer, "errorcode/nethttp")
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
	res := results[0].Result.(*jsonbody.Result)
	if !res.Relevant() {
		t.Fatal("a package importing encoding/json is relevant")
	}
	kinds := map[jsonbody.Kind]int{}
	shaped := 0
	for _, b := range res.Bodies() {
		kinds[b.Kind]++
		if b.Has([]string{"code", "message"}) {
			shaped++
		}
		if b.Kind == jsonbody.StructLit && res.Of(b.Node) != b {
			t.Errorf("Of does not find the literal at %v", b.Node.Pos())
		}
	}
	if kinds[jsonbody.StructLit] == 0 || kinds[jsonbody.MapLit] == 0 || kinds[jsonbody.FieldAssign] == 0 {
		t.Errorf("kinds %v: want struct and map literals and field assignments", kinds)
	}
	// nethttp.go: 12 undocumented and 5 documented or computed codes (the
	// two assignments to e count one each; Wrapped{Base: Base{…}} counts
	// once; the logged and decoded ones and the lookalikes not at all);
	// maps.go: 7 maps with both keys; outgoing.go: the 2 response bodies,
	// and not the 3 objects encoded into outgoing requests.
	if shaped != 26 {
		t.Errorf("%d objects with code and message, want 26", shaped)
	}
}

// TestFastPath checks that a package that imports neither encoding/json
// nor a sink package, even transitively, is not relevant and has no
// objects, though it declares a struct of the error body's shape.
func TestFastPath(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, jsonbody.Analyzer, "errorcode/codes", "errorcode/helpers/apierr")
	got := map[string]bool{}
	for _, r := range results {
		res := r.Result.(*jsonbody.Result)
		got[r.Pass.Pkg.Path()] = res.Relevant()
		if !res.Relevant() && (len(res.Bodies()) > 0 || res.Values() != nil) {
			t.Errorf("%s: not relevant, yet it has results", r.Pass.Pkg.Path())
		}
	}
	if got["errorcode/codes"] || !got["errorcode/helpers/apierr"] {
		t.Errorf("relevant: %v; want codes false, apierr true", got)
	}
}

// TestSenderFacts checks the facts on the helpers that send a parameter
// as the body whole, with the status parameter or the constant status
// they send it with, and on the helpers that build a body and write a
// response with one constant status.
func TestSenderFacts(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, jsonbody.Analyzer, "errorcode/matrix", "errorcode/helpers/apierr")
	senders := map[string]string{}
	responders := map[string]string{}
	for _, r := range results {
		for obj, facts := range r.Facts {
			if obj.Pkg() != r.Pass.Pkg {
				continue // a dependency's, seen again
			}
			for _, f := range facts {
				switch f := f.(type) {
				case *jsonbody.Sender:
					senders[obj.Name()] = f.String()
				case *jsonbody.Responder:
					responders[obj.Name()] = f.String()
				}
			}
		}
	}
	wantSenders := map[string]string{
		"writeJSON": "sender(2:body status=1)", // writeJSON(w, status, v)
		"forbidden": "sender(1:body status=404)",
		"JSON":      "sender(2:body status=1)", // apierr.JSON(w, status, v)
	}
	if diff := cmp.Diff(wantSenders, senders); diff != "" {
		t.Errorf("sender facts (-want +got):\n%s", diff)
	}
	wantResponders := map[string]string{
		"Write":  "responder",             // its status is its parameter's
		"Fail":   "responder(status=400)", // Write(w, http.StatusBadRequest, …)
		"deny":   "responder(status=200)", // writeJSON(w, http.StatusOK, …)
		"either": "responder",             // 200 or 403
	}
	if diff := cmp.Diff(wantResponders, responders); diff != "" {
		t.Errorf("responder facts (-want +got):\n%s", diff)
	}
}

// TestReachPaths checks where the error objects of the OCI cases sit in
// the value sent, and that an object never sent has no Reach.
func TestReachPaths(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(fixtest.Quiet{T: t}, dir, jsonbody.Analyzer, "errorcode/oci", "errorcode/jsonrpc")
	paths := map[string]int{}
	unsent := 0
	for _, r := range results {
		for _, b := range r.Result.(*jsonbody.Result).Bodies() {
			if !b.Has([]string{"code", "message"}) {
				continue // the envelopes themselves
			}
			reach := b.Reach()
			if reach == nil {
				unsent++
				continue
			}
			paths[strings.Join(reach.Path, ".")]++
		}
	}
	// oci: eleven error objects under errors[], one more written by
	// regError's Write and the three regErrors it copies there, the items
	// of a page under items[]; jsonrpc: two under error, one under
	// last_seen; never sent: the client's own two errors, one encoded by
	// an encoder kept in a variable (not followed), and the regError that
	// is only read for its message, in audit and at audit's call.
	want := map[string]int{"errors.[]": 15, "items.[]": 1, "error": 2, "last_seen": 1}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("paths of the error objects (-want +got):\n%s", diff)
	}
	if unsent != 5 {
		t.Errorf("%d objects never sent, want 5", unsent)
	}
}

// TestInReach checks which packages jsonbody reads when no sink package
// is in reach: one that imports encoding/json, one that imports such a
// package (by its fact), and not one that reaches encoding/json only
// through the standard library (log/slog), whose map is a log's; nor, of
// a package that reaches no sink, its generated files (jsonbody/allgen,
// and the want comments of jsonbody/direct: its generated helper has no
// fact), though a generated package that reaches a sink is read
// (jsonbody/withsink).
func TestInReach(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, jsonbody.Analyzer, "jsonbody/...")
	want := map[string]bool{"jsonbody/direct": true, "jsonbody/above": true, "jsonbody/viaslog": false, "jsonbody/allgen": false, "jsonbody/withsink": true}
	for _, r := range results {
		path := r.Pass.Pkg.Path()
		if got := r.Result.(*jsonbody.Result).Relevant(); got != want[path] {
			t.Errorf("%s: Relevant = %v, want %v", path, got, want[path])
		}
		delete(want, path)
	}
	for path := range want {
		t.Errorf("%s: not analysed", path)
	}
}
