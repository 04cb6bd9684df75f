package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"strings"
)

// applyFixes applies the first fix of each finding, file by file, and
// returns the findings that remain: those without a fix, and those whose
// fix overlaps one applied before it (their edits are skipped whole; a
// second run applies them). Identical edits of two fixes (the same import
// added twice) are applied once. A file that was gofmt-formatted is
// formatted again after the edits, so the result is what gofmt would
// leave. With diff, the changes are printed as a unified diff on stdout
// and no file is written.
func applyFixes(found []finding, diff bool, stdout io.Writer) ([]finding, error) {
	edits := map[string][]editDesc{} // file -> accepted edits
	var remaining []finding
	for _, f := range found {
		if len(f.Fixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		fx := f.Fixes[0]
		if slices.ContainsFunc(fx.Edits, func(e editDesc) bool { return conflicts(edits[e.abs], e) }) {
			remaining = append(remaining, f)
			continue
		}
		for _, e := range fx.Edits {
			if !slices.Contains(edits[e.abs], e) {
				edits[e.abs] = append(edits[e.abs], e)
			}
		}
	}
	files := make([]string, 0, len(edits))
	for file := range edits {
		files = append(files, file)
	}
	slices.Sort(files)
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			return remaining, err
		}
		out, err := apply(src, edits[file])
		if err != nil {
			return remaining, fmt.Errorf("%s: %v", file, err)
		}
		if diff {
			name := edits[file][0].File
			io.WriteString(stdout, unified("a/"+name, "b/"+name, string(src), string(out)))
			continue
		}
		fi, err := os.Stat(file)
		if err != nil {
			return remaining, err
		}
		if err := os.WriteFile(file, out, fi.Mode().Perm()); err != nil {
			return remaining, err
		}
	}
	return remaining, nil
}

// conflicts reports whether e overlaps an accepted edit and is not the
// same edit: two replacements whose ranges intersect, or two different
// insertions at one offset.
func conflicts(accepted []editDesc, e editDesc) bool {
	for _, a := range accepted {
		if a == e {
			continue
		}
		if e.Start < a.End && a.Start < e.End {
			return true
		}
		if e.Start == e.End && a.Start == a.End && e.Start == a.Start {
			return true
		}
		if e.Start == e.End && a.Start < e.Start && e.Start < a.End || a.Start == a.End && e.Start < a.Start && a.Start < e.End {
			return true // an insertion inside a replacement
		}
	}
	return false
}

// apply applies non-overlapping edits to src, and formats the result when
// src was formatted.
func apply(src []byte, edits []editDesc) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b editDesc) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End > len(src) || e.Start > e.End {
			return nil, fmt.Errorf("edit %d-%d out of range", e.Start, e.End)
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.New)
		last = e.End
	}
	out.Write(src[last:])
	if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
		if f, err := format.Source(out.Bytes()); err == nil {
			return f, nil
		}
	}
	return out.Bytes(), nil
}

// unified returns the unified diff of a and b, with three lines of
// context, or "" when they are equal.
func unified(nameA, nameB, a, b string) string {
	if a == b {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := diffLines(x, y)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", nameA, nameB)
	const ctx = 3
	// Group the operations into hunks: changes closer than 2*ctx lines
	// share one.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-ctx, 0)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*ctx {
				break
			}
		}
		stop := min(end+ctx+1, len(ops))
		ax, ay := ops[start].ix, ops[start].iy
		na, nb := 0, 0
		for _, op := range ops[start:stop] {
			if op.kind != '+' {
				na++
			}
			if op.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(ax, na), hunkRange(ay, nb))
		for _, op := range ops[start:stop] {
			line := op.text
			sb.WriteByte(op.kind)
			sb.WriteString(line)
			if !strings.HasSuffix(line, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = stop
	}
	return sb.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// op is one line of a diff: ' ' kept, '-' removed, '+' added; ix and iy
// are the line's index (or the insertion point) in the old and new text.
type op struct {
	kind   byte
	text   string
	ix, iy int
}

// diffLines returns a shortest edit script from x to y: the common prefix
// and suffix are kept, and the lines between are matched by their longest
// common subsequence (fixes change few lines, so the middle is small; a
// middle too large for the table is replaced whole).
func diffLines(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var ops []op
	for i := 0; i < pre; i++ {
		ops = append(ops, op{' ', x[i], i, i})
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	if len(mx)*len(my) > 4<<20 {
		for i, l := range mx {
			ops = append(ops, op{'-', l, pre + i, pre})
		}
		for j, l := range my {
			ops = append(ops, op{'+', l, pre + len(mx), pre + j})
		}
	} else {
		// lcs[i][j] is the length of the LCS of mx[i:] and my[j:].
		lcs := make([][]int, len(mx)+1)
		for i := range lcs {
			lcs[i] = make([]int, len(my)+1)
		}
		for i := len(mx) - 1; i >= 0; i-- {
			for j := len(my) - 1; j >= 0; j-- {
				if mx[i] == my[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(mx) || j < len(my) {
			switch {
			case i < len(mx) && j < len(my) && mx[i] == my[j]:
				ops = append(ops, op{' ', mx[i], pre + i, pre + j})
				i, j = i+1, j+1
			case i < len(mx) && (j == len(my) || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, op{'-', mx[i], pre + i, pre + j})
				i++
			default:
				ops = append(ops, op{'+', my[j], pre + i, pre + j})
				j++
			}
		}
	}
	for k := 0; k < suf; k++ {
		i, j := len(x)-suf+k, len(y)-suf+k
		ops = append(ops, op{' ', x[i], i, j})
	}
	return ops
}
