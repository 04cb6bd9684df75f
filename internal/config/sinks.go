package config

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A SinkRow is a sink the project declares in its config file, in the
// form of the sink table's rows: for an in-repository copy of a library,
// or a team's own wrapper that statuslint cannot see through.
//
//	sinks:
//	  - {package: example.com/app/internal/websocket, function: FormatCloseMessage, argument: 0, role: close-code}
//	  - {package: example.com/app/web, receiver: Ctx, function: Fail, argument: 0, role: status}
type SinkRow struct {
	Package  string // import path
	Receiver string // the named type of a method ("" for a function)
	Function string // the function or method name
	Argument int    // the argument's index, receiver excluded
	Role     string // one of SinkRoles
}

// SinkRoles are the roles a declared sink may have, by the names the
// sink table's roles print.
var SinkRoles = []string{"status", "close-code", "close-reason", "body", "message"}

// Sinks returns the sinks the config file declares, in file order.
func (c *Config) Sinks() []SinkRow { return c.sinks }

// sinkRows reads the sinks key: a list of mappings.
func sinkRows(name string, v *yaml.Node) ([]SinkRow, error) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, errorf(name, v, "sinks: want a list of {package, receiver, function, argument, role}")
	}
	var rows []SinkRow
	for _, e := range v.Content {
		if e.Kind != yaml.MappingNode {
			return nil, errorf(name, e, "sinks: want a mapping of package, receiver, function, argument and role")
		}
		var r SinkRow
		seen := map[string]bool{}
		for i := 0; i+1 < len(e.Content); i += 2 {
			k, val := e.Content[i], e.Content[i+1]
			if seen[k.Value] {
				return nil, errorf(name, k, "sinks: %q given twice", k.Value)
			}
			seen[k.Value] = true
			if val.Kind != yaml.ScalarNode {
				return nil, errorf(name, val, "sinks: %s: want a single value", k.Value)
			}
			switch k.Value {
			case "package":
				r.Package = val.Value
			case "receiver":
				r.Receiver = val.Value
			case "function":
				r.Function = val.Value
			case "argument":
				n, err := strconv.Atoi(val.Value)
				if err != nil || n < 0 {
					return nil, errorf(name, val, "sinks: argument %q: want an index from 0", val.Value)
				}
				r.Argument = n
			case "role":
				if !slices.Contains(SinkRoles, val.Value) {
					return nil, errorf(name, val, "sinks: unknown role %q: want one of %s", val.Value, strings.Join(SinkRoles, ", "))
				}
				r.Role = val.Value
			default:
				return nil, errorf(name, k, "sinks: unknown key %q: want package, receiver, function, argument or role", k.Value)
			}
		}
		for _, req := range []struct{ key, val string }{{"package", r.Package}, {"function", r.Function}, {"role", r.Role}} {
			if req.val == "" {
				return nil, errorf(name, e, "sinks: a row needs a %s", req.key)
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}
