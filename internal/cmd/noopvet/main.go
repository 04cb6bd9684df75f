// Command noopvet is a go vet tool with no analyzers: it parses and
// type-checks each package as any vet tool must, and analyses nothing. Its
// time under `go vet -vettool` is the floor that no analyzer suite can go
// below, against which benchvet measures statuslint.
package main

import "golang.org/x/tools/go/analysis/unitchecker"

func main() { unitchecker.Main() }
