package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/statuslint/statuslint/catalog"
)

// parseStructured reads a YAML or JSON catalog file in the schema of
// `statuslint catalog -json`. Both are turned into a tree of yaml.Nodes, so
// that every entry keeps its line. The file's "sources" key is accepted and
// ignored: the catalog's source is the file itself.
func parseStructured(name string, data []byte, isJSON bool) (*catalog.Catalog, error) {
	if isJSON {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			line := 1
			var syn *json.SyntaxError
			if errors.As(err, &syn) {
				line = 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
			}
			return nil, &catalog.Error{File: name, Line: line, Msg: "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
		}
	}
	var root *yaml.Node
	if isJSON {
		root = jsonNode(data)
	} else {
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, yamlError(name, err)
		}
		if len(doc.Content) == 0 {
			return &catalog.Catalog{Sources: []string{name}}, nil
		}
		root = doc.Content[0]
	}
	y := yamlReader{name: name}
	c := &catalog.Catalog{Sources: []string{name}}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, y.errorf(root, "a catalog must be a mapping of sections")
	}
	err := y.mapping(root, "catalog", func(key string, v *yaml.Node) error {
		switch key {
		case "sources":
			_, err := y.strings(v)
			return err
		case "http":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.HTTPStatus{Pos: y.pos(n)}
				c.HTTP = append(c.HTTP, e)
				p := &c.HTTP[len(c.HTTP)-1]
				return y.fields(n, "http entry", map[string]any{"code": &p.Code, "name": &p.Name, "meaning": &p.Meaning})
			})
		case "http_ranges":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.HTTPRange{Pos: y.pos(n), From: -1, To: -1}
				if err := y.fields(n, "http_ranges entry", map[string]any{"class": &e.Class, "from": &e.From, "to": &e.To, "meaning": &e.Meaning}); err != nil {
					return err
				}
				// from and to may be left out: the class says them.
				if len(e.Class) == 3 && '1' <= e.Class[0] && e.Class[0] <= '9' {
					if e.From < 0 {
						e.From = int(e.Class[0]-'0') * 100
					}
					if e.To < 0 {
						e.To = int(e.Class[0]-'0')*100 + 99
					}
				}
				c.HTTPRanges = append(c.HTTPRanges, e)
				return nil
			})
		case "error_codes":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.ErrorCode{Pos: y.pos(n)}
				err := y.fields(n, "error_codes entry", map[string]any{"code": &e.Code, "meaning": &e.Meaning, "status": &e.Status, "scope": &e.Scope})
				c.ErrorCodes = append(c.ErrorCodes, e)
				return err
			})
		case "close_codes":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.CloseCode{Pos: y.pos(n)}
				err := y.fields(n, "close_codes entry", map[string]any{"code": &e.Code, "name": &e.Name, "action": &e.Action, "meaning": &e.Meaning, "scope": &e.Scope})
				c.CloseCodes = append(c.CloseCodes, e)
				return err
			})
		case "close_ranges":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.CloseRange{Pos: y.pos(n), From: -1, To: -1}
				err := y.fields(n, "close_ranges entry", map[string]any{"from": &e.From, "to": &e.To, "meaning": &e.Meaning, "scope": &e.Scope})
				if err == nil && (e.From < 0 && e.To < 0) {
					return y.errorf(n, "close_ranges entry needs from and to")
				}
				c.CloseRanges = append(c.CloseRanges, e)
				return err
			})
		case "opcodes":
			return y.list(v, func(n *yaml.Node) error {
				e := catalog.Opcode{Pos: y.pos(n)}
				err := y.fields(n, "opcodes entry", map[string]any{"code": &e.Code, "name": &e.Name, "direction": &e.Direction, "meaning": &e.Meaning, "scope": &e.Scope})
				c.Opcodes = append(c.Opcodes, e)
				return err
			})
		case "operations":
			return y.list(v, func(n *yaml.Node) error {
				op, err := y.operation(n)
				c.Operations = append(c.Operations, op)
				return err
			})
		case "error_shape":
			return y.shape(v, &c.ErrorShape)
		case "server_error_shape":
			return y.shape(v, &c.ServerErrorShape)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// yamlError turns a YAML parse error ("yaml: line 3: …") into an *Error.
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, tail
			}
		}
	}
	msg, _, _ = strings.Cut(msg, "\n")
	return &catalog.Error{File: name, Line: line, Msg: "invalid YAML: " + msg}
}

type yamlReader struct{ name string }

func (y yamlReader) pos(n *yaml.Node) catalog.Pos {
	return catalog.Pos{File: y.name, Line: max(n.Line, 1)}
}

func (y yamlReader) errorf(n *yaml.Node, format string, args ...any) error {
	return errorf(y.pos(n), format, args...)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// mapping calls f for each key of a mapping, checking that keys are known
// (f is called for known keys only) and given once.
func (y yamlReader) mapping(n *yaml.Node, what string, f func(key string, v *yaml.Node) error) error {
	known := map[string]bool{}
	switch what {
	case "catalog":
		for _, k := range []string{"sources", "http", "http_ranges", "error_codes", "close_codes", "close_ranges", "opcodes", "operations", "error_shape", "server_error_shape"} {
			known[k] = true
		}
	default:
		known = nil // the caller checks
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return y.errorf(k, "%s keys must be strings", what)
		}
		if known != nil && !known[k.Value] {
			return y.errorf(k, "unknown key %q in %s", k.Value, what)
		}
		if seen[k.Value] {
			return y.errorf(k, "key %q given twice in %s", k.Value, what)
		}
		seen[k.Value] = true
		if err := f(k.Value, v); err != nil {
			return err
		}
	}
	return nil
}

func (y yamlReader) list(n *yaml.Node, f func(*yaml.Node) error) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return y.errorf(n, "expected a list")
	}
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			return y.errorf(item, "expected an entry with keys")
		}
		if err := f(item); err != nil {
			return err
		}
	}
	return nil
}

func (y yamlReader) strings(n *yaml.Node) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, y.errorf(n, "expected a list of strings")
	}
	var out []string
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
			return nil, y.errorf(item, "expected a string")
		}
		out = append(out, clean(item.Value))
	}
	return out, nil
}

// shape reads a body shape: an object {fields, code, message, path}, or
// the older plain list of field names, whose code field is "code" and
// message field "message" when it lists them.
func (y yamlReader) shape(n *yaml.Node, dst *catalog.Shape) error {
	if isNull(n) {
		return nil
	}
	var s catalog.Shape
	if n.Kind == yaml.MappingNode {
		err := y.mapping(n, "shape", func(key string, v *yaml.Node) error {
			var err error
			switch key {
			case "fields":
				s.Fields, err = y.strings(v)
			case "code", "message", "path":
				if v.Kind != yaml.ScalarNode {
					return y.errorf(v, "%s must be a field name", key)
				}
				if !isNull(v) {
					*map[string]*string{"code": &s.Code, "message": &s.Message, "path": &s.Path}[key] = clean(v.Value)
				}
			default:
				return y.errorf(v, "unknown key %q in a shape", key)
			}
			return err
		})
		if err != nil {
			return err
		}
	} else {
		fields, err := y.strings(n)
		if err != nil {
			return err
		}
		s.Fields = fields
		if slices.Contains(fields, "code") {
			s.Code = "code"
		}
		if slices.Contains(fields, "message") {
			s.Message = "message"
		}
	}
	if len(s.Fields) > 0 || s.Code != "" || s.Message != "" || s.Path != "" {
		s.Fields = codeFirst(s.Fields, s.Code)
		s.Pos = y.pos(n)
		*dst = s
	}
	return nil
}

// fields reads an entry's keys into the pointers of dst (*int, *string or
// *Code).
// operation reads one entry of "operations", as `statuslint catalog -json`
// prints an OpenAPI document's operations.
func (y yamlReader) operation(n *yaml.Node) (catalog.Operation, error) {
	op := catalog.Operation{Pos: y.pos(n)}
	if n.Kind != yaml.MappingNode {
		return op, y.errorf(n, "an operations entry must be a mapping")
	}
	err := y.mapping(n, "operations entry", func(key string, v *yaml.Node) error {
		switch key {
		case "method", "path", "operation_id", "base":
			if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
				return y.errorf(v, "%s must be a string", key)
			}
			*map[string]*string{"method": &op.Method, "path": &op.Path, "operation_id": &op.ID, "base": &op.Base}[key] = clean(v.Value)
		case "statuses":
			if isNull(v) {
				return nil
			}
			if v.Kind != yaml.SequenceNode {
				return y.errorf(v, "statuses must be a list of statuses")
			}
			for _, s := range v.Content {
				code, err := strconv.Atoi(s.Value)
				if err != nil || s.Tag != "!!int" {
					return y.errorf(s, "a status must be an integer, not %q", s.Value)
				}
				if code < 100 || code > 599 {
					return y.errorf(s, "status %d is out of range (100 to 599)", code)
				}
				op.Statuses = append(op.Statuses, code)
			}
		case "ranges":
			rs, err := y.strings(v)
			op.Ranges = rs
			return err
		case "default":
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
				return y.errorf(v, "default must be true or false")
			}
			op.Default = v.Value == "true"
		default:
			return y.errorf(n.Content[indexOfKey(n, key)], "unknown key %q in an operations entry", key)
		}
		return nil
	})
	if err == nil && (op.Method == "" || op.Path == "") {
		err = y.errorf(n, "an operations entry needs a method and a path")
	}
	return op, err
}

func (y yamlReader) fields(n *yaml.Node, what string, dst map[string]any) error {
	var hasCode bool
	err := y.mapping(n, what, func(key string, v *yaml.Node) error {
		p, ok := dst[key]
		if !ok {
			return y.errorf(n.Content[indexOfKey(n, key)], "unknown key %q in %s", key, what)
		}
		if v.Kind != yaml.ScalarNode {
			return y.errorf(v, "%s must be a single value", key)
		}
		switch p := p.(type) {
		case *catalog.Code:
			if v.Tag == "!!int" {
				i, err := strconv.ParseInt(v.Value, 10, 64)
				if err != nil || i > 1<<40 || i < -(1<<40) {
					return y.errorf(v, "%s %s is out of range", key, v.Value)
				}
				*p = catalog.IntCode(int(i))
			} else if v.Tag == "!!str" {
				*p = catalog.StringCode(clean(v.Value))
			} else {
				return y.errorf(v, "%s must be an integer or a string, not %q", key, v.Value)
			}
			hasCode = true
		case *int:
			i, err := strconv.ParseInt(v.Value, 10, 64)
			if err != nil || v.Tag != "!!int" {
				return y.errorf(v, "%s must be an integer, not %q", key, v.Value)
			}
			if i > 1<<40 || i < -(1<<40) {
				return y.errorf(v, "%s %s is out of range", key, v.Value)
			}
			*p = int(i)
			hasCode = hasCode || key == "code"
		case *string:
			if v.Tag == "!!null" {
				return nil
			}
			*p = clean(v.Value)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if _, wantCode := dst["code"]; wantCode && !hasCode {
		return y.errorf(n, "%s has no code", what)
	}
	if c, ok := dst["class"].(*string); ok && *c == "" {
		return y.errorf(n, "%s has no class", what)
	}
	return nil
}

func indexOfKey(n *yaml.Node, key string) int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return i
		}
	}
	return 0
}

// jsonNode builds the yaml.Node tree of a JSON document already checked by
// json.Unmarshal. (yaml.v3 itself would reject some valid JSON, such as
// surrogate pairs written as \ud83d\ude00.)
func jsonNode(data []byte) *yaml.Node {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	line := func() int {
		off := int(dec.InputOffset())
		for off < len(data) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
			off++
		}
		return 1 + bytes.Count(data[:off], []byte("\n"))
	}
	var value func() *yaml.Node
	value = func() *yaml.Node {
		n := &yaml.Node{Line: line()}
		tok, err := dec.Token()
		if err != nil {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: n.Line}
		}
		switch t := tok.(type) {
		case json.Delim:
			n.Kind = yaml.SequenceNode
			if t == '{' {
				n.Kind = yaml.MappingNode
			}
			for dec.More() {
				if n.Kind == yaml.MappingNode {
					n.Content = append(n.Content, value()) // the key
				}
				n.Content = append(n.Content, value())
			}
			dec.Token() // the closing delimiter
		case string:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!str", t
		case json.Number:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!float", t.String()
			if _, err := t.Int64(); err == nil {
				n.Tag = "!!int"
			}
		case bool:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!bool", strconv.FormatBool(t)
		default:
			n.Kind, n.Tag = yaml.ScalarNode, "!!null"
		}
		return n
	}
	return value()
}
