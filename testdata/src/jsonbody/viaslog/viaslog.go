// Package viaslog reaches encoding/json only through log/slog, which
// logs: it is not read, and has no facts.
package viaslog

import "log/slog"

// Attrs builds a map from its parameters, to log it.
func Attrs(code int, msg string) map[string]any {
	slog.Info("failed", "code", code)
	return map[string]any{"code": code, "message": msg}
}
