package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// A Code is a JSON error code as an API documents it: an integer, negative
// ones included (JSON-RPC's -32700), or a string ("M_FORBIDDEN",
// "card_declined"). The zero Code is the integer 0. Codes are comparable,
// so they may be map keys.
type Code struct {
	n     int
	s     string
	isStr bool
}

// IntCode returns the integer code n.
func IntCode(n int) Code { return Code{n: n} }

// StringCode returns the string code s.
func StringCode(s string) Code { return Code{s: s, isStr: true} }

// Int returns the code's integer, and false for a string code.
func (c Code) Int() (int, bool) { return c.n, !c.isStr }

// IsString reports whether the code is a string.
func (c Code) IsString() bool { return c.isStr }

// String returns the code as the document writes it: "-1000", "M_FORBIDDEN".
func (c Code) String() string {
	if c.isStr {
		return c.s
	}
	return strconv.Itoa(c.n)
}

// Equal reports whether c and d are the same code (go-cmp uses it).
func (c Code) Equal(d Code) bool { return c == d }

// compareCodes orders integer codes before string codes, each by value.
func compareCodes(a, b Code) int {
	switch {
	case a.isStr != b.isStr:
		if a.isStr {
			return 1
		}
		return -1
	case a.isStr:
		if a.s < b.s {
			return -1
		} else if a.s > b.s {
			return 1
		}
		return 0
	case a.n < b.n:
		return -1
	case a.n > b.n:
		return 1
	}
	return 0
}

// MarshalJSON writes an integer code as a JSON number, a string code as a
// JSON string.
func (c Code) MarshalJSON() ([]byte, error) {
	if c.isStr {
		return json.Marshal(c.s)
	}
	return []byte(strconv.Itoa(c.n)), nil
}

// UnmarshalJSON reads a JSON number (an integer) or string.
func (c *Code) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '"' {
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		*c = StringCode(s)
		return nil
	}
	n, err := strconv.ParseInt(string(data), 10, 64)
	if err != nil {
		return fmt.Errorf("code %s is neither an integer nor a string", data)
	}
	*c = IntCode(int(n))
	return nil
}
