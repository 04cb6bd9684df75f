// Package gopls holds the end-to-end test of the editor route: it builds
// gopls with statuslint's passes (internal/cmd/build-gopls) and runs
// `gopls check` and `gopls codeaction` on testdata/delivery/orders. The
// build takes minutes on a cold build cache, so the test is behind the
// build tag "delivery", which .ci/run sets:
//
//	go test -tags delivery ./internal/e2e/gopls/
package gopls
