package errorcode_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/catalog"
	"github.com/statuslint/statuslint/passes/errorcode"
	"github.com/statuslint/statuslint/passes/internal/fixtest"
)

// shapeCases are the packages written against catalogs of other shapes
// than the reference API's flat {code, message}.
var shapeCases = []struct {
	pkg string
	cat *catalog.Catalog
}{
	{"errorcode/matrix", &catalog.Catalog{
		Sources: []string{"docs/matrix.md"},
		HTTP:    httpStatuses(200, 400, 401, 403, 404, 429),
		ErrorCodes: []catalog.ErrorCode{
			str("M_FORBIDDEN", "forbidden access", 403), str("M_LIMIT_EXCEEDED", "too many requests", 429),
			str("M_NOT_FOUND", "nothing here", 404), str("M_UNKNOWN", "unknown error", 0),
			str("M_UNKNOWN_TOKEN", "unknown access token", 401), str("M_USER_DEACTIVATED", "user deactivated", 403),
			str("M_USER_IN_USE", "user id taken", 400), str("M_USER_LOCKED", "user locked", 400),
		},
		ErrorShape: catalog.Shape{Fields: []string{"errcode", "error"}, Code: "errcode", Message: "error"},
	}},
	{"errorcode/oci", &catalog.Catalog{
		Sources: []string{"docs/oci.md"},
		HTTP:    httpStatuses(200, 400, 401, 403, 404, 429),
		ErrorCodes: []catalog.ErrorCode{
			str("BLOB_UNKNOWN", "blob unknown to registry", 404), str("BLOB_UPLOAD_INVALID", "blob upload invalid", 400),
			str("DENIED", "requested access to the resource is denied", 403), str("MANIFEST_UNKNOWN", "manifest unknown", 404),
			str("NAME_UNKNOWN", "repository name not known to registry", 404), str("SIZE_INVALID", "provided length did not match content length", 400),
			str("TOOMANYREQUESTS", "too many requests", 429),
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message", "detail"}, Code: "code", Message: "message", Path: "errors[]"},
	}},
	{"errorcode/jsonrpc", &catalog.Catalog{
		Sources: []string{"docs/jsonrpc.md"},
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(-32700), Meaning: "parse error"}, {Code: catalog.IntCode(-32603), Meaning: "internal error"},
			{Code: catalog.IntCode(-32601), Meaning: "method not found"}, {Code: catalog.IntCode(-32600), Meaning: "invalid request"},
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message", "data"}, Code: "code", Message: "message", Path: "error"},
	}},
	{"errorcode/oauth", &catalog.Catalog{
		Sources: []string{"docs/oauth.md"},
		HTTP:    httpStatuses(200, 400, 401),
		ErrorCodes: []catalog.ErrorCode{
			str("invalid_client", "client authentication failed", 401), str("invalid_grant", "the grant is invalid", 400),
			str("invalid_request", "the request is malformed", 400),
		},
		ErrorShape: catalog.Shape{Fields: []string{"error", "error_description"}, Code: "error", Message: "error_description"},
	}},
	{"errorcode/pairing", &catalog.Catalog{
		Sources: []string{"docs/status-codes.md"},
		HTTP:    httpStatuses(200, 400, 404, 409, 418, 422),
		ErrorCodes: []catalog.ErrorCode{
			{Code: catalog.IntCode(10001), Meaning: "unknown user", Status: 404},
			{Code: catalog.IntCode(10002), Meaning: "bad input", Status: 400},
			{Code: catalog.IntCode(10003), Meaning: "odd"},
		},
		ErrorShape: catalog.Shape{Fields: []string{"code", "message"}, Code: "code", Message: "message"},
	}},
	{"errorcode/reason", &catalog.Catalog{
		Sources: []string{"docs/status.md"},
		HTTP:    httpStatuses(200, 404, 409),
		ErrorCodes: []catalog.ErrorCode{
			str("AlreadyExists", "the resource exists", 409), str("NotFound", "the resource does not exist", 404),
		},
		ErrorShape: catalog.Shape{Fields: []string{"kind", "reason", "message"}, Code: "reason", Message: "message"},
	}},
}

func str(code, meaning string, status int) catalog.ErrorCode {
	return catalog.ErrorCode{Code: catalog.StringCode(code), Meaning: meaning, Status: status}
}

func httpStatuses(codes ...int) []catalog.HTTPStatus {
	out := make([]catalog.HTTPStatus, len(codes))
	for i, c := range codes {
		out[i] = catalog.HTTPStatus{Code: c, Name: catalog.StatusText(c)}
	}
	return out
}

// TestShapes runs each shape's cases against its catalog, checks the
// fixes against the .golden files, and type-checks the fixed packages.
func TestShapes(t *testing.T) {
	t.Parallel()
	for _, sc := range shapeCases {
		t.Run(sc.pkg, func(t *testing.T) {
			t.Parallel()
			dir := fixtest.TestData(t)
			a := errorcode.New(errorcode.Options{Catalog: sc.cat})
			results := analysistest.RunWithSuggestedFixes(t, dir, a, sc.pkg)
			if fixed := fixtest.Apply(t, results); len(fixed) > 0 {
				if *update {
					for name, src := range fixed {
						if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
							t.Fatal(err)
						}
					}
				}
				fixtest.TypeCheck(t, dir, fixed, func(string) bool { return false })
			}
		})
	}
}

// shapeCase reports whether pkg is run by TestShapes.
func shapeCase(pkg string) bool {
	for _, sc := range shapeCases {
		if sc.pkg == pkg {
			return true
		}
	}
	return false
}
