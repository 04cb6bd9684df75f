package opstatus

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// swagOp is an operation a handler's swag comment documents: its
// @Router line, and the statuses of its @Success, @Failure and @Response
// lines, each with the place of its line.
type swagOp struct {
	op     catalog.Operation
	router token.Pos
	lines  map[int]token.Pos // status → its annotation
	first  token.Pos         // the first status annotation
}

// swagOps reads the swag annotations of a function's doc comment:
//
//	// @Success 200 {object} User
//	// @Failure 404,409 {object} APIError
//	// @Router /users/{id} [get]
//
// A comment with statuses and no @Router documents nothing here: swag
// itself needs the route. Several @Router lines document one operation
// each, with the same statuses.
func swagOps(doc *ast.CommentGroup) []swagOp {
	if doc == nil {
		return nil
	}
	type routerLine struct {
		method, path string
		pos          token.Pos
	}
	var routers []routerLine
	var statuses []int
	lines := map[int]token.Pos{}
	var first token.Pos
	def := false
	for _, c := range doc.List {
		text := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c.Text, "//"), "/*"))
		fields := strings.Fields(text)
		if len(fields) < 2 {
			continue
		}
		switch strings.ToLower(fields[0]) {
		case "@router":
			path := fields[1]
			if len(fields) < 3 {
				continue // no method: not a route swag reads
			}
			m := strings.ToUpper(strings.Trim(fields[2], "[]"))
			routers = append(routers, routerLine{m, path, c.Slash})
		case "@success", "@failure", "@response":
			for _, code := range strings.Split(fields[1], ",") {
				if code == "default" {
					def = true
					continue
				}
				n, err := strconv.Atoi(code)
				if err != nil || !catalog.ValidStatus(n) {
					continue // not a status: swag rejects it itself
				}
				if !slices.Contains(statuses, n) {
					statuses = append(statuses, n)
					lines[n] = c.Slash
				}
				if first == token.NoPos {
					first = c.Slash
				}
			}
		}
	}
	slices.Sort(statuses)
	var ops []swagOp
	for _, r := range routers {
		ops = append(ops, swagOp{
			op:     catalog.Operation{Method: r.method, Path: r.path, Statuses: statuses, Default: def},
			router: r.pos,
			lines:  lines,
			first:  first,
		})
	}
	return ops
}
