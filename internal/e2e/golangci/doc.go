// Package golangci holds the end-to-end test of the golangci-lint route:
// it builds custom-gcl offline with internal/cmd/build-custom-gcl and runs
// it on testdata/delivery/orders. The build takes minutes on a cold build
// cache, so the test is behind the build tag "delivery", which .ci/run
// sets:
//
//	go test -tags delivery ./internal/e2e/golangci/
package golangci
