// Package config exports the analyzer that carries statuslint's
// configuration to its passes, for hosts that take analyzers by package
// and set their flags by analyzer name: Bazel's nogo imports Analyzer from
// each package in its deps, and sets the analyzer_flags of its
// nogo_config.json entry "statuslint" (-catalog, -disable, -enable) only on
// analyzers it imports so. Every pass requires this analyzer; other hosts
// (go vet, gopls, golangci-lint) reach it through the passes.
package config

import (
	// The catalog documents named by -catalog are read with catalog/read.
	_ "github.com/statuslint/statuslint/catalog/read"
	"github.com/statuslint/statuslint/internal/config"
)

// Analyzer is the configuration analyzer, named "statuslint". It reports
// nothing; its flags are -catalog (repeatable), -disable and -enable.
var Analyzer = config.Analyzer
