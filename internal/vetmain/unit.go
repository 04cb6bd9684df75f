package vetmain

import (
	"encoding/json"
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statuslint/statuslint/internal/config"
)

// IsUnit reports whether the go command runs the tool: go vet and go fix
// ask for -flags and -V=full, then run it on one package's .cfg file.
func IsUnit(args []string) bool {
	for _, a := range args {
		switch strings.TrimPrefix(a, "-") {
		case "-flags", "flags", "-V=full", "V=full":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Main runs the go vet protocol with analyzers, and exits. The config
// analyzer's flags are lifted to the command line, so that go vet learns of -catalog, -disable
// and -enable from -flags and passes them on; the analyzers read them
// when they run, after the parse. Relative -catalog paths are the module
// root's: go vet runs the tool in each package's directory. A run for
// facts alone (a dependency, VetxOnly) does not run the config analyzer,
// unless a pass that exports facts requires it (leak5xx): there the
// configuration is the default's, read from no file (config.FactsOnly).
func Main(analyzers []*analysis.Analyzer) {
	if args := os.Args[1:]; len(args) > 0 && factsOnly(args[len(args)-1]) {
		config.FactsOnly()
	}
	config.Analyzer.Flags.VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	flag.Var(versionFlag{}, "V", "print the version and exit (-V=full: the go vet protocol)")
	unitchecker.Main(analyzers...)
}

// factsOnly reports whether the go command's vet.cfg file asks for facts
// alone (a dependency of the packages being vetted).
func factsOnly(cfgFile string) bool {
	if !strings.HasSuffix(cfgFile, ".cfg") {
		return false
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false // unitchecker reports the unreadable file
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}
