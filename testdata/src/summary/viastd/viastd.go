// A sink package is in reach, through net/rpc's fact. // want package:"in-reach"
//
// Read as any code is (here, the standalone command, gopls), the standard
// library carries the fact; under go vet it is not read and has none, and
// this package is skipped.

// Package viastd reaches net/http only through net/rpc, as a codec that
// serves RPC does.
package viastd

import "net/rpc"

// Teapot's constant result is exported for the packages that send it.
func Teapot() int { // want Teapot:`returns\(418\)`
	return 418
}

// Register is the package's use of net/rpc.
func Register(v any) error { return rpc.Register(v) }
