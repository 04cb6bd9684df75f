// Package gobwas builds close frames with gobwas/ws, whose StatusCode is a
// uint16.
package gobwas

import (
	"io"

	"github.com/gobwas/ws"
)

func closeFrames(w io.Writer, p []byte) error {
	_ = ws.NewCloseFrameBody(4006, "")                              // want `close code 4006 is not documented`
	_ = ws.NewCloseFrameBody(1000, "")                              // want `raw close code 1000: use ws.StatusNormalClosure`
	ws.PutCloseFrameBody(p, ws.StatusTLSHandshake, "")              // want `close code 1015 \(TLS Handshake\) is never sent`
	ws.PutCloseFrameBody(p, ws.StatusNormalClosure, "d\xe9cod\xe9") // want `close reason is not valid UTF-8`
	return ws.WriteFrame(w, ws.NewCloseFrame(ws.NewCloseFrameBody(ws.StatusCode(4013), "invalid intents")))
}

// Negative: a frame's opcode is not a close code.
func opcode() ws.OpCode { return ws.OpClose }
