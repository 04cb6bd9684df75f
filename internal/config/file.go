package config

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// PassOptions lists the options each pass takes in its section of the
// config file (`leak5xx: {helper: ...}`). httpstatus, errorcode and
// closecode take none yet; a pass with options adds them here and reads
// them from its Config.
var PassOptions = map[string][]string{
	"leak5xx": {"helper"}, // the module's documented-5xx-body function, pkgpath.Func
}

// fileSettings is what a config file says.
type fileSettings struct {
	catalogs []string // as written, relative to the file
	sel      selection
	options  map[string]map[string]string // pass -> option -> value
	sinks    []SinkRow
}

// parseFile reads a config file named name:
//
//	catalog: docs/status-codes.md   # or a list; relative to the file
//	disable: [raw-status, closecode]
//	enable: [raw-close-code]
//	httpstatus: {}                  # the pass's options
//	sinks:                          # the project's own sinks (see SinkRow)
//	  - {package: example.com/app/ws, function: FormatCloseMessage, argument: 0, role: close-code}
//
// Every error names the line: "statuslint.yaml:3: unknown key "x"".
func parseFile(name string, data []byte) (*fileSettings, error) {
	fs := &fileSettings{
		sel:     selection{enable: map[string]bool{}, disable: map[string]bool{}},
		options: map[string]map[string]string{},
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(name, err)
	}
	if len(doc.Content) == 0 {
		return fs, nil // an empty file: every default
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, errorf(name, top, "want a mapping of catalog, disable, enable and pass sections")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if seen[k.Value] {
			return nil, errorf(name, k, "%q given twice", k.Value)
		}
		seen[k.Value] = true
		switch key := k.Value; {
		case key == "catalog":
			list, err := stringList(name, v)
			if err != nil {
				return nil, err
			}
			for _, p := range list {
				if p.Value == "" {
					return nil, errorf(name, p, "empty catalog path")
				}
				fs.catalogs = append(fs.catalogs, p.Value)
			}
		case key == "disable" || key == "enable":
			list, err := stringList(name, v)
			if err != nil {
				return nil, err
			}
			m := fs.sel.disable
			if key == "enable" {
				m = fs.sel.enable
			}
			for _, n := range list {
				for _, part := range strings.Split(n.Value, ",") {
					part = strings.TrimSpace(part)
					if !Known(part) {
						return nil, errorf(name, n, "unknown pass or category %q (statuslint help lists them)", part)
					}
					m[part] = true
				}
			}
		case key == "sinks":
			rows, err := sinkRows(name, v)
			if err != nil {
				return nil, err
			}
			fs.sinks = rows
		case isPass(key):
			opts, err := passSection(name, key, v)
			if err != nil {
				return nil, err
			}
			fs.options[key] = opts
		default:
			return nil, errorf(name, k, "unknown key %q: want catalog, disable, enable, sinks or a pass name", key)
		}
	}
	return fs, nil
}

func isPass(name string) bool {
	for _, p := range Passes {
		if p.Name == name {
			return true
		}
	}
	return false
}

// passSection reads a pass's section: a mapping of its options.
func passSection(name, pass string, v *yaml.Node) (map[string]string, error) {
	opts := map[string]string{}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return opts, nil
	}
	if v.Kind != yaml.MappingNode {
		return nil, errorf(name, v, "%s: want a mapping of its options", pass)
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		known := false
		for _, o := range PassOptions[pass] {
			known = known || o == k.Value
		}
		if !known {
			if len(PassOptions[pass]) == 0 {
				return nil, errorf(name, k, "unknown key %q: %s has no options", k.Value, pass)
			}
			return nil, errorf(name, k, "unknown key %q: %s's options are %s", k.Value, pass, strings.Join(PassOptions[pass], ", "))
		}
		if val.Kind != yaml.ScalarNode {
			return nil, errorf(name, val, "%s.%s: want a single value", pass, k.Value)
		}
		opts[k.Value] = val.Value
	}
	return opts, nil
}

// stringList reads a string or a list of strings.
func stringList(name string, v *yaml.Node) ([]*yaml.Node, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil, nil
		}
		return []*yaml.Node{v}, nil
	case yaml.SequenceNode:
		for _, e := range v.Content {
			if e.Kind != yaml.ScalarNode {
				return nil, errorf(name, e, "want a string")
			}
		}
		return v.Content, nil
	}
	return nil, errorf(name, v, "want a string or a list of strings")
}

func errorf(name string, n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", name, max(n.Line, 1), fmt.Sprintf(format, args...))
}

// yamlError gives a YAML syntax error the file:line form.
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		_, rest, _ := strings.Cut(msg, ":")
		return fmt.Errorf("%s:%d: %s", name, line, strings.TrimSpace(rest))
	}
	return fmt.Errorf("%s:1: %s", name, msg)
}
