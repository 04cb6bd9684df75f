package read

import (
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/catalog"
)

// Reading a grid for a kind.
//
// The code column is chosen by its header words and its cells together: a
// column whose cells are codes, with a header such as "Code" breaking ties.
// Under an error heading, a Status column of HTTP statuses beside a Code
// column is each code's status; under an "Errors" heading, a column of
// statuses with their reason phrases (the Slate template) is HTTP statuses.
// A cell may hold several codes ("500, 502", "201/202") or a range
// ("4000-4999"). A table whose code column is mostly codes is read, and
// each odd row is a warning; one that is not is skipped, or, where its
// header claims a code column under a code heading, an error.

// colInfo is what one column's cells are.
type colInfo struct {
	role  role
	codes [][]codeVal // per row; nil where the cell is not a code
	n     int         // rows whose cell is a code
	full  int         // non-empty rows
	multi bool        // some cell holds several codes
}

func (ci colInfo) all() bool    { return ci.n > 0 && ci.n == ci.full }
func (ci colInfo) mostly() bool { return ci.n >= 2 && 3*ci.n >= 2*ci.full }

func scanColumn(g *grid, i int, k kind) colInfo {
	ci := colInfo{codes: make([][]codeVal, len(g.rows))}
	if i < len(g.header) {
		ci.role = headerRole(g.header[i])
	}
	for j := range g.rows {
		c := strings.TrimSpace(g.cell(j, i))
		if c == "" {
			continue
		}
		ci.full++
		if ci.role == roleField {
			continue // a column of field names lists no codes
		}
		if cs, ok := parseCodes(c, k, ci.role == roleCode); ok {
			ci.codes[j] = cs
			ci.n++
			ci.multi = ci.multi || len(cs) > 1
		}
	}
	if !onlyStrings(ci) {
		// Beside integer codes, a word in capitals ("TBD") is not a code.
		for j, cs := range ci.codes {
			if len(cs) > 0 && cs[0].str != "" {
				ci.codes[j] = nil
				ci.n--
			}
		}
	}
	return ci
}

// allStatuses reports whether every code of a column is an HTTP status.
func (ci colInfo) allStatuses() bool {
	for _, cs := range ci.codes {
		for _, c := range cs {
			if c.class == "" && (c.str != "" || c.ranged || !catalog.ValidStatus(c.n.v)) {
				return false
			}
		}
	}
	return ci.n > 0
}

func (r *reader) table(g *grid, k kind, why string, d *directive) {
	if len(g.rows) == 0 {
		r.note(g.line, "%s skipped: a header alone", g.what)
		return
	}
	if k == kindOther {
		r.note(g.line, "%s skipped: %s", g.what, k.plural())
		return
	}
	guess := false
	if k == kindNone {
		// An unclassified section: the header may say what the table is;
		// if not, columns of statuses make it a status table. Either way it
		// is a guess: a table that turns out not to list codes is skipped,
		// never an error.
		k, guess, why = kindHTTP, true, "its cells"
		if kk, w, _, ok := classify(strings.Join(g.header, " "), section{}); ok && kk != kindNone && kk != kindOther {
			k, why = kk, "its header's "+w
		}
	}
	width := g.width()
	cols := make([]colInfo, width)
	for i := range cols {
		cols[i] = scanColumn(g, i, k)
	}
	// Under an error heading, a table of HTTP statuses with their reason
	// phrases is a status table (the Slate template's "Errors"), unless a
	// statuslint comment said what the table or its heading is.
	if k == kindErrors && !guess && d == nil && !r.top().declared {
		codeHeader := false // a Code column with codes: a Status column beside it is their status
		for _, ci := range cols {
			codeHeader = codeHeader || ci.role == roleCode && ci.n > 0 && !ci.allStatuses()
		}
		for i, ci := range cols {
			if codeHeader && ci.role == roleStatus {
				continue
			}
			if ci.all() && ci.allStatuses() && reasonRows(g, i, ci) {
				k, why = kindHTTP, "its cells: HTTP statuses with their reason phrases, under an error heading"
				for j := range cols {
					cols[j] = scanColumn(g, j, k)
				}
				break
			}
		}
	}
	code := -1
	better := func(i int) bool {
		a, b := cols[i], cols[code]
		rank := func(c colInfo) int {
			switch c.role {
			case roleCode:
				return 3
			case roleStatus:
				if k == kindHTTP {
					return 3
				}
				return 1
			case roleID:
				return 0
			}
			return 2
		}
		if rank(a) != rank(b) {
			return rank(a) > rank(b)
		}
		return a.all() && !b.all()
	}
	for i, ci := range cols {
		if !ci.mostly() && !ci.all() {
			continue
		}
		if k == kindHTTP && guess && (!ci.allStatuses() || !statusColumn(g, i, ci)) {
			continue // numbers, but not statuses ("| Tier | Requests a minute |")
		}
		if onlyStrings(ci) && ci.role != roleCode && !(ci.role == roleError && ci.all() && !hasIntColumn(cols)) {
			continue // words are codes only where the header says so: "Code", "Error"
		}
		if code < 0 || better(i) {
			code = i
		}
	}
	if code < 0 {
		r.noCodeColumn(g, k, why, guess, cols)
		return
	}
	var extra []int // more columns of statuses in a guessed status table (Success, Failure)
	if guess {
		for i, ci := range cols {
			if i != code && ci.all() && ci.allStatuses() && statusColumn(g, i, ci) {
				extra = append(extra, i)
			}
		}
	}
	roles := make([]role, width)
	for i, ci := range cols {
		roles[i] = ci.role
	}
	statusCol := -1
	if k == kindErrors {
		for i, ci := range cols {
			if i != code && ci.role == roleStatus && scanColumn(g, i, kindHTTP).allStatuses() {
				statusCol = i
				roles[i] = roleNone
			}
		}
	}
	for i, ro := range roles {
		if ro == roleError {
			roles[i] = roleMeaning // "| Code | Error |": the error's text
			ro = roleMeaning
		}
		if (ro == roleCode || ro == roleStatus || ro == roleID) && i != code {
			roles[i] = roleNone // "| Code | Status |": the status is a name
			if k == kindHTTP && ro == roleStatus {
				roles[i] = roleName
			}
		}
	}
	for _, i := range extra {
		roles[i] = roleCode
	}
	roles[code] = roleCode
	col := func(ro role) int {
		for i, x := range roles {
			if x == ro && i != code && i != statusCol {
				return i
			}
		}
		return -1
	}
	nameCol, descCol, meaningCol, actionCol, dirCol := col(roleName), col(roleDesc), col(roleMeaning), col(roleAction), col(roleDirection)
	allDirections := func(i int) bool {
		for j := range g.rows {
			if _, ok := parseDirection(g.cell(j, i)); !ok {
				return false
			}
		}
		return true
	}
	if k == kindOpcodes {
		if dirCol >= 0 && !allDirections(dirCol) {
			dirCol = -1
		}
		if dirCol < 0 && actionCol >= 0 && allDirections(actionCol) {
			dirCol, actionCol = actionCol, -1
		}
		if dirCol < 0 {
			for i, ro := range roles {
				if ro == roleNone && i != statusCol && allDirections(i) && cols[i].full > 0 {
					dirCol = i
					break
				}
			}
		}
		if dirCol >= 0 {
			roles[dirCol] = roleDirection
		}
	} else if dirCol >= 0 {
		roles[dirCol] = roleNone
		dirCol = -1
	}
	if meaningCol < 0 {
		meaningCol, descCol = descCol, -1
	}
	if nameCol < 0 && descCol >= 0 {
		nameCol = descCol // "| code | description | meaning |"
	}
	// Fall back to position for what the header does not name.
	var free []int
	for i, ro := range roles {
		if ro == roleNone && i != statusCol && i != dirCol && !cols[i].all() || ro == roleNone && i != statusCol && i != dirCol && k != kindHTTP {
			free = append(free, i)
		}
	}
	if meaningCol < 0 && len(free) > 0 {
		meaningCol = free[len(free)-1]
		free = free[:len(free)-1]
	}
	if nameCol < 0 && k != kindErrors && len(free) > 0 && free[0] != meaningCol {
		nameCol = free[0]
	}
	if len(extra) > 0 {
		nameCol, meaningCol = -1, -1 // the rows are endpoints, not the codes' meanings
	}
	cell := func(j, i int) string {
		if i < 0 {
			return ""
		}
		return g.cell(j, i)
	}
	n := 0
	seen := map[string]bool{}
	for j := range g.rows {
		line := g.lines[j]
		var codes []codeVal
		for _, i := range append([]int{code}, extra...) {
			codes = append(codes, cols[i].codes[j]...)
		}
		if len(codes) == 0 {
			if strings.TrimSpace(g.cell(j, code)) == "" && len(extra) > 0 {
				continue
			}
			r.warn(line, "%q in the %q column is not %s; row skipped", g.cell(j, code), header(g, code), k.aNoun())
			continue
		}
		status := 0
		if statusCol >= 0 {
			if cs, ok := parseCodes(g.cell(j, statusCol), kindHTTP, false); ok && len(cs) == 1 && cs[0].class == "" {
				status = cs[0].n.v
			}
		}
		rowName, rowMeaning := "", cell(j, meaningCol)
		if k == kindHTTP && rowMeaning != "" && nameCol < 0 {
			// "OK - Everything worked": the reason phrase, then the meaning,
			// in a table with no column for the phrase; where it has one,
			// an empty cell there says the status has none.
			if before, after, ok := strings.Cut(rowMeaning, " - "); ok && sharesReason(codes[0].n.v, before) {
				rowName, rowMeaning = before, after
			}
		}
		for _, c := range codes {
			if c.n.big {
				r.err = errorf(r.pos(line), "%s %s is out of range", k.noun(), c.n)
				return
			}
			if len(extra) > 0 || len(codes) > 1 {
				key := c.code().String() + c.class
				if seen[key] {
					continue // an endpoint table names a status once per endpoint
				}
				seen[key] = true
			}
			name := c.name
			if v := cell(j, nameCol); v != "" && len(codes) == 1 {
				name = v
			}
			if name == "" {
				name = rowName
			}
			meaning := rowMeaning
			dir := ""
			if dirCol >= 0 {
				dir, _ = parseDirection(g.cell(j, dirCol))
			}
			r.add(k, c, name, meaning, cell(j, actionCol), dir, status, r.top().scopeFor(d), line)
			n++
		}
	}
	msg := fmt.Sprintf("%s: %d %s (%s; codes in column %q", g.what, n, k.plural(), why, header(g, code))
	if statusCol >= 0 {
		msg += fmt.Sprintf(", statuses in %q", header(g, statusCol))
	}
	for _, i := range extra {
		msg += fmt.Sprintf(", %q", header(g, i))
	}
	r.note(g.line, "%s)", msg)
}

func (s section) scopeFor(d *directive) string {
	if d != nil && d.scope != "" {
		return d.scope
	}
	return s.scope
}

func header(g *grid, i int) string {
	if i < len(g.header) {
		return g.header[i]
	}
	return fmt.Sprintf("column %d", i+1)
}

func onlyStrings(ci colInfo) bool {
	for _, cs := range ci.codes {
		for _, c := range cs {
			if c.str == "" {
				return false
			}
		}
	}
	return true
}

func hasIntColumn(cols []colInfo) bool {
	for _, c := range cols {
		if (c.all() || c.mostly()) && !onlyStrings(c) {
			return true
		}
	}
	return false
}

// statusColumn reports whether a column of numbers from 100 to 599 in a
// table no heading explains is a column of statuses: its header says so
// ("Status", "Success"), or its rows give the statuses' reason phrases.
func statusColumn(g *grid, i int, ci colInfo) bool {
	if ci.role == roleCode || ci.role == roleStatus {
		return true
	}
	for _, cs := range ci.codes {
		if len(cs) > 0 && (cs[0].name != "" || cs[0].class != "") {
			return true // "200 (OK)", "4xx"
		}
	}
	return reasonRows(g, i, ci)
}

// reasonRows reports whether at least half the rows of a status column
// give, somewhere in the row, the status's reason phrase.
func reasonRows(g *grid, col int, ci colInfo) bool {
	hits := 0
	for j, cs := range ci.codes {
		if len(cs) == 0 || cs[0].class != "" {
			continue
		}
		for i := range g.rows[j] {
			if i == col {
				if cs[0].name != "" && sharesReason(cs[0].n.v, cs[0].name) {
					hits++
					break
				}
				continue
			}
			before, _, _ := strings.Cut(g.cell(j, i), " - ")
			if t := catalog.StatusText(cs[0].n.v); t != "" && (strings.HasPrefix(catalog.Fold(g.cell(j, i)), catalog.Fold(t)) || sharesReason(cs[0].n.v, before) && len(strings.Fields(before)) <= 5) {
				hits++
				break
			}
		}
	}
	return 2*hits >= len(g.rows)
}

// noCodeColumn reports a table with no column of codes: skipped, or an
// error where it claims one under a code heading.
func (r *reader) noCodeColumn(g *grid, k kind, why string, guess bool, cols []colInfo) {
	claimed := -1
	for i, ci := range cols {
		if ci.role == roleCode || ci.role == roleStatus && k == kindHTTP {
			claimed = i
			break
		}
	}
	if guess || claimed < 0 {
		r.note(g.line, "%s skipped: no column of %s (%s)", g.what, k.plural(), why)
		return
	}
	if cols[claimed].n == 0 {
		r.err = errorf(r.pos(g.line), "table under %s heading has no column of codes", k.aNoun())
		return
	}
	for j, cs := range cols[claimed].codes {
		if cs == nil {
			r.err = errorf(r.pos(g.lines[j]), "%q in the %q column is not %s", g.cell(j, claimed), header(g, claimed), k.aNoun())
			return
		}
	}
}
