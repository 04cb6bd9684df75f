// Package selfsink is a sink package of TestSelfSink's table: write is its
// row. Its code refers to no other package, and its helpers still reach
// its own sink: a framework's own code calls its own writers.
package selfsink

func write(code int) {}

// Send hands its code to the sink.
func Send(code int) { write(code) }

// Keep hands it nowhere.
func Keep(code int) int { return code }
