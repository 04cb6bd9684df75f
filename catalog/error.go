package catalog

import "fmt"

// An Error is a problem in a catalog document, reported as one line
// "file:line: message" (or "file: message" when no line applies, as for a
// file that cannot be read).
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func errorf(p Pos, format string, args ...any) *Error {
	return &Error{File: p.File, Line: p.Line, Msg: fmt.Sprintf(format, args...)}
}
