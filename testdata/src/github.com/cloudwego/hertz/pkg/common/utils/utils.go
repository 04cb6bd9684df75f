// Package utils is a stub of github.com/cloudwego/hertz/pkg/common/utils for
// statuslint tests: only the signatures the tests need, copied from hertz v0.10.4.
package utils

// H is a shortcut for a JSON object body.
type H map[string]interface{}
