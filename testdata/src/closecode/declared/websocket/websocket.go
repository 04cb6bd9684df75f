// Package websocket is a project's own copy of a WebSocket library, as
// centrifuge keeps one in internal/websocket: the config file declares
// its FormatCloseMessage a sink.
package websocket

// FormatCloseMessage formats a close frame's body.
func FormatCloseMessage(closeCode int, text string) []byte { return nil }

// FormatOther takes a number that is no close code.
func FormatOther(n int, text string) []byte { return nil }
