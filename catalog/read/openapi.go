package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"

	"github.com/statuslint/statuslint/catalog"
)

// How the OpenAPI reader works. A document is recognised by its content:
// a YAML or JSON mapping with an "openapi" or "swagger" key at its top,
// whatever the file's name. kin-openapi reads it (Swagger 2.0 through its
// conversion to OpenAPI 3) and resolves its $refs, in the document and to
// files beside it; URLs are not fetched. The reader then walks the paths:
// each method's responses give one catalog.Operation ("404", "4XX",
// "default"), and their union the API-wide statuses and classes (named by
// RFC 9110: a response's description is the operation's, not the
// status's, and two documents merged would disagree on it). An error
// response (4xx, 5xx or default) whose JSON schema is an object with
// code or message fields gives the error body's shape, by the
// same field names as the Markdown reader's, nested objects included (of
// several bodies, the most common); the enum of a code property gives
// error codes. Extensions (x-…) are never
// read. Lines come from the document's own YAML tree, since the
// library's model keeps none for map keys.

// openAPIHead matches the top-level key that makes a document OpenAPI.
var openAPIHead = regexp.MustCompile(`(?m)^["']?(openapi|swagger)["']?[ \t]*:|"(openapi|swagger)"\s*:`)

// isOpenAPI reports whether data reads as an OpenAPI or Swagger document,
// and which: "openapi" or "swagger". A JSON or YAML file in the schema of
// statuslint catalog has no such key.
func isOpenAPI(data []byte) (string, bool) {
	head := data[:min(len(data), 64<<10)]
	m := openAPIHead.FindSubmatch(head)
	if m == nil {
		return "", false
	}
	trimmed := bytes.TrimSpace(head)
	if len(m[1]) > 0 {
		return string(m[1]), true // a YAML key at column 0
	}
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return string(m[2]), true // a JSON key; confirmed at the top level below
	}
	return "", false
}

// errNotOpenAPI says that a JSON document named the key below its top.
var errNotOpenAPI = errors.New("not an OpenAPI document")

// openAPIReader reads one document.
type openAPIReader struct {
	name  string
	root  *yaml.Node
	lines map[string]int // "/path get" and "/path get 404": the line of its key
	refs  map[string]int // a $ref's value: the line of its first use
	// shapes are the error bodies of the error responses, in order.
	shapes []shapeSeen
}

// shapeSeen is the error body of one error response; general says that
// the response is a range or default rather than one status.
type shapeSeen struct {
	shape   catalog.Shape
	general bool
}

// errorShape returns the error body most error responses have; of
// bodies as common, that of a range or default response (Discord's
// 4XX error rather than its 429 rate limit), then the first.
func (r *openAPIReader) errorShape() catalog.Shape {
	count := map[string]int{}
	for _, s := range r.shapes {
		count[s.shape.String()+" "+s.shape.Code+" "+s.shape.Message]++
	}
	var best shapeSeen
	bestN := 0
	for _, s := range r.shapes {
		n := count[s.shape.String()+" "+s.shape.Code+" "+s.shape.Message]
		if n > bestN || n == bestN && s.general && !best.general {
			best, bestN = s, n
		}
	}
	return best.shape
}

func parseOpenAPI(name string, data []byte, kind string) (*catalog.Catalog, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(name, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, &catalog.Error{File: name, Line: 1, Msg: "an OpenAPI document must be a mapping"}
	}
	r := &openAPIReader{name: name, root: doc.Content[0], lines: map[string]int{}, refs: map[string]int{}}
	if !r.topKey(kind) {
		return nil, errNotOpenAPI // a key deeper in a JSON file
	}
	r.index()

	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	loader.ReadFromURIFunc = readSibling
	location := &url.URL{Path: filepath.ToSlash(name)}
	var d3 *openapi3.T
	var err error
	if kind == "swagger" {
		var generic any
		if err := yaml.Unmarshal(data, &generic); err != nil {
			return nil, yamlError(name, err)
		}
		dropParameters(generic)
		js, jerr := json.Marshal(jsonable(generic))
		if jerr != nil {
			return nil, &catalog.Error{File: name, Line: 1, Msg: "cannot read the Swagger document: " + jerr.Error()}
		}
		var d2 openapi2.T
		if err := json.Unmarshal(js, &d2); err != nil {
			return nil, r.errorf(err, "invalid Swagger 2.0 document")
		}
		if !strings.HasPrefix(d2.Swagger, "2") {
			return nil, r.errorf(nil, fmt.Sprintf("swagger version %q is not 2.0", d2.Swagger))
		}
		d3, err = openapi2conv.ToV3WithLoader(&d2, loader, location)
		if err == nil {
			err = loader.ResolveRefsIn(d3, location)
		}
	} else {
		d3, err = loader.LoadFromDataWithPath(data, location)
		if err == nil && !strings.HasPrefix(d3.OpenAPI, "3") {
			return nil, r.errorf(nil, fmt.Sprintf("openapi version %q is not 3.x", d3.OpenAPI))
		}
	}
	if err != nil {
		return nil, r.errorf(err, "invalid OpenAPI document")
	}
	return r.catalog(d3)
}

// readSibling reads a $ref's file: a local path, never a URL.
func readSibling(_ *openapi3.Loader, loc *url.URL) ([]byte, error) {
	if loc.Scheme != "" && loc.Scheme != "file" || loc.Host != "" {
		return nil, fmt.Errorf("$ref %s: only files beside the document are read, not URLs", loc)
	}
	return os.ReadFile(filepath.FromSlash(loc.Path))
}

// dropParameters removes a Swagger document's parameters, which the
// reader does not use and which swag has been known to write in forms
// the conversion to OpenAPI 3 rejects (two body parameters of one
// operation): a document's statuses should not fail on its parameters.
func dropParameters(doc any) {
	top, ok := doc.(map[string]any)
	if !ok {
		return
	}
	delete(top, "parameters")
	paths, _ := top["paths"].(map[string]any)
	for _, item := range paths {
		item, ok := item.(map[string]any)
		if !ok {
			continue
		}
		delete(item, "parameters")
		for _, op := range item {
			if op, ok := op.(map[string]any); ok {
				delete(op, "parameters")
			}
		}
	}
}

// jsonable turns what yaml decodes into values encoding/json writes:
// integer keys (a responses map's 404) become strings.
func jsonable(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = jsonable(e)
		}
		return v
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[fmt.Sprint(k)] = jsonable(e)
		}
		return m
	case []any:
		for i, e := range v {
			v[i] = jsonable(e)
		}
	}
	return v
}

func (r *openAPIReader) topKey(kind string) bool {
	for i := 0; i+1 < len(r.root.Content); i += 2 {
		if r.root.Content[i].Value == kind {
			return true
		}
	}
	return false
}

// index records the lines of operations, responses and $refs.
func (r *openAPIReader) index() {
	var refs func(n *yaml.Node)
	refs = func(n *yaml.Node) {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if k, v := n.Content[i], n.Content[i+1]; k.Value == "$ref" && v.Kind == yaml.ScalarNode {
					if _, ok := r.refs[v.Value]; !ok {
						r.refs[v.Value] = v.Line
					}
				}
			}
		}
		for _, c := range n.Content {
			refs(c)
		}
	}
	refs(r.root)
	paths := mapValue(r.root, "paths")
	if paths == nil {
		return
	}
	for i := 0; i+1 < len(paths.Content); i += 2 {
		path, item := paths.Content[i].Value, paths.Content[i+1]
		r.lines[path] = paths.Content[i].Line
		if item.Kind != yaml.MappingNode {
			continue // a $ref or a malformed item: the library says
		}
		for j := 0; j+1 < len(item.Content); j += 2 {
			method, op := strings.ToUpper(item.Content[j].Value), item.Content[j+1]
			r.lines[path+" "+method] = item.Content[j].Line
			if resp := mapValue(op, "responses"); resp != nil {
				for k := 0; k+1 < len(resp.Content); k += 2 {
					r.lines[path+" "+method+" "+resp.Content[k].Value] = resp.Content[k].Line
				}
			}
		}
	}
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// errorf returns an error at the line the library's error points to: the
// first $ref it names, an operation or path it names, else line 1.
func (r *openAPIReader) errorf(err error, what string) error {
	msg := what
	line := 1
	if err != nil {
		text := err.Error()
		msg += ": " + firstLine(text)
		best := -1
		for ref, l := range r.refs {
			if i := strings.Index(text, ref); i >= 0 && (best < 0 || i < best || i == best && l < line) {
				best, line = i, l
			}
		}
		if best < 0 {
			for key, l := range r.lines {
				if !strings.Contains(key, " ") && strings.Contains(text, key) && len(key) > 1 && (line == 1 || l < line) {
					line = l
				}
			}
		}
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			line = 1
		}
	}
	return &catalog.Error{File: r.name, Line: line, Msg: msg}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func (r *openAPIReader) pos(key string) catalog.Pos {
	return catalog.Pos{File: r.name, Line: r.lines[key]}
}

// catalog walks the loaded document.
func (r *openAPIReader) catalog(doc *openapi3.T) (*catalog.Catalog, error) {
	c := &catalog.Catalog{Sources: []string{r.name}}
	base := serverBase(doc)
	seenStatus := map[int]bool{}
	seenClass := map[string]bool{}
	seenCode := map[catalog.Code]bool{}
	var paths []string
	if doc.Paths != nil {
		paths = doc.Paths.Keys()
	}
	slices.Sort(paths)
	for _, path := range paths {
		item := doc.Paths.Value(path)
		if item == nil {
			continue // an empty path item documents nothing
		}
		if !strings.HasPrefix(path, "/") {
			return nil, &catalog.Error{File: r.name, Line: max(r.pos(path).Line, 1), Msg: fmt.Sprintf("path %q does not start with /", path)}
		}
		ops := item.Operations()
		methods := make([]string, 0, len(ops))
		for m := range ops {
			methods = append(methods, m)
		}
		slices.SortFunc(methods, func(a, b string) int { return strings.Compare(methodRank(a), methodRank(b)) })
		for _, method := range methods {
			op := ops[method]
			if op == nil || op.Responses == nil {
				continue // no responses: nothing documented
			}
			method = strings.ToUpper(method)
			key := path + " " + method
			// Text as a catalog keeps it, as the JSON reader reads it back.
			o := catalog.Operation{Method: method, Path: clean(path), ID: clean(op.OperationID), Base: clean(base), Pos: r.pos(key)}
			resps := op.Responses.Map()
			codes := make([]string, 0, len(resps))
			for code := range resps {
				codes = append(codes, code)
			}
			slices.Sort(codes)
			for _, code := range codes {
				resp := resps[code]
				p := r.pos(key + " " + code)
				if p.Line == 0 {
					p = o.Pos
				}
				switch {
				case code == "default":
					o.Default = true
				case len(code) == 3 && strings.EqualFold(code[1:], "xx") && '1' <= code[0] && code[0] <= '5':
					class := string(code[0]) + "xx"
					o.Ranges = append(o.Ranges, strings.ToUpper(code))
					if !seenClass[class] {
						seenClass[class] = true
						from := int(code[0]-'0') * 100
						c.HTTPRanges = append(c.HTTPRanges, catalog.HTTPRange{Class: class, From: from, To: from + 99, Pos: p})
					}
				default:
					n, err := strconv.Atoi(code)
					if err != nil || !catalog.ValidStatus(n) {
						return nil, &catalog.Error{File: r.name, Line: p.Line, Msg: fmt.Sprintf("response %q of %s is not a status (100 to 599, 1XX to 5XX or default)", code, o.Name())}
					}
					o.Statuses = append(o.Statuses, n)
					if !seenStatus[n] {
						seenStatus[n] = true
						c.HTTP = append(c.HTTP, catalog.HTTPStatus{Code: n, Name: http.StatusText(n), Pos: p})
					}
				}
				if isErrorResponse(code) {
					r.errorBody(c, resp, code == "default" || len(code) == 3 && strings.EqualFold(code[1:], "xx"), p, seenCode)
				}
			}
			slices.Sort(o.Statuses)
			c.Operations = append(c.Operations, o)
		}
	}
	if len(c.Operations) == 0 {
		return nil, &catalog.Error{File: r.name, Line: 1, Msg: "no operation with responses found under paths"}
	}
	c.ErrorShape = r.errorShape()
	return c, nil
}

// methodRank sorts methods in the order documents write them.
func methodRank(m string) string {
	if i := slices.Index([]string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}, strings.ToUpper(m)); i >= 0 {
		return string(rune('0' + i))
	}
	return m
}

// serverBase is the path every operation's path follows: that of the
// first server's URL ("/v1" of "https://api.example.com/v1"), or "".
func serverBase(doc *openapi3.T) string {
	if len(doc.Servers) == 0 || doc.Servers[0] == nil {
		return ""
	}
	u, err := url.Parse(doc.Servers[0].URL)
	if err != nil || strings.Contains(u.Path, "{") {
		return "" // a templated server: its path is not known
	}
	return strings.TrimSuffix(u.Path, "/")
}

func isErrorResponse(code string) bool {
	return code == "default" || code[0] == '4' || code[0] == '5'
}

// errorBody reads an error response's JSON schema: one with code or
// message fields is a candidate for the error shape (see errorShape),
// and the enum of its code field gives error codes.
func (r *openAPIReader) errorBody(c *catalog.Catalog, resp *openapi3.ResponseRef, general bool, p catalog.Pos, seen map[catalog.Code]bool) {
	if resp == nil || resp.Value == nil {
		return
	}
	for _, mime := range sortedKeys(resp.Value.Content) {
		mt := resp.Value.Content[mime]
		if !strings.Contains(mime, "json") || mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
			continue // not a JSON body
		}
		v := schemaValue(mt.Schema.Value, 0)
		shape, ok := bodyShape(v)
		if !ok {
			continue // no error fields
		}
		shape.Pos = p
		r.shapes = append(r.shapes, shapeSeen{shape, general})
		if shape.Code == "" {
			continue
		}
		for _, e := range codeEnum(mt.Schema.Value, shape) {
			if !seen[e] {
				seen[e] = true
				c.ErrorCodes = append(c.ErrorCodes, catalog.ErrorCode{Code: e, Pos: p})
			}
		}
		return
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// properties returns an object schema's properties, with those of its
// allOf parts.
func properties(s *openapi3.Schema) map[string]*openapi3.SchemaRef {
	return propertiesOf(s, map[*openapi3.Schema]bool{})
}

// propertiesOf is properties; seen holds the schemas whose allOf has been
// read, so that a part that refers back to one (A: allOf: [$ref A]) adds
// nothing rather than recursing forever, and a part met twice is read once.
func propertiesOf(s *openapi3.Schema, seen map[*openapi3.Schema]bool) map[string]*openapi3.SchemaRef {
	if len(s.AllOf) == 0 {
		return s.Properties
	}
	seen[s] = true
	out := map[string]*openapi3.SchemaRef{}
	for _, part := range s.AllOf {
		if part != nil && part.Value != nil && !seen[part.Value] {
			for k, v := range propertiesOf(part.Value, seen) {
				out[k] = v
			}
		}
	}
	for k, v := range s.Properties {
		out[k] = v
	}
	return out
}

// property returns the property of an object schema whose name, tidied
// as schemaValue tidies it, is name.
func property(s *openapi3.Schema, name string) *openapi3.SchemaRef {
	props := properties(s)
	if p, ok := props[name]; ok {
		return p
	}
	for _, k := range sortedKeys(props) {
		if clean(k) == name {
			return props[k]
		}
	}
	return nil
}

// schemaValue turns a schema into the tree of keys the shape reader reads:
// an object's properties, an array's items.
func schemaValue(s *openapi3.Schema, depth int) *jsonValue {
	v := &jsonValue{}
	if depth > 4 {
		return v // deep or recursive: the shape is near the top
	}
	if s.Items != nil && s.Items.Value != nil && (s.Type == nil || s.Type.Is("array")) {
		v.array = true
		v.elems = []*jsonValue{schemaValue(s.Items.Value, depth+1)}
		return v
	}
	props := properties(s)
	if len(props) == 0 {
		return v
	}
	v.object = true
	for _, k := range sortedKeys(props) {
		v.keys = append(v.keys, clean(k)) // as looseJSON reads a key
		if p := props[k]; p != nil && p.Value != nil {
			v.vals = append(v.vals, schemaValue(p.Value, depth+1))
		} else {
			v.vals = append(v.vals, &jsonValue{})
		}
	}
	return v
}

// codeEnum returns the enum values of the code field of shape in s.
func codeEnum(s *openapi3.Schema, shape catalog.Shape) []catalog.Code {
	for _, part := range strings.Split(shape.Path, ".") {
		if part == "" {
			break
		}
		p := property(s, strings.TrimSuffix(part, "[]"))
		if p == nil || p.Value == nil {
			return nil
		}
		s = p.Value
		if strings.HasSuffix(part, "[]") {
			if s.Items == nil || s.Items.Value == nil {
				return nil
			}
			s = s.Items.Value
		}
	}
	p := property(s, shape.Code)
	if p == nil || p.Value == nil {
		return nil
	}
	var out []catalog.Code
	for _, e := range p.Value.Enum {
		switch e := e.(type) {
		case float64:
			if e == float64(int32(e)) {
				out = append(out, catalog.IntCode(int(e)))
			}
		case int:
			out = append(out, catalog.IntCode(e))
		case string:
			if catalog.ValidStringCode(e) {
				out = append(out, catalog.StringCode(e))
			}
		}
	}
	return out
}
