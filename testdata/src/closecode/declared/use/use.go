// Package use closes connections with the copy's FormatCloseMessage.
package use

import "closecode/declared/websocket"

func closeFrames() {
	_ = websocket.FormatCloseMessage(4006, "") // want `close code 4006 is not documented in docs/gateway.md`
	_ = websocket.FormatCloseMessage(4002, "") // right: documented
	_ = websocket.FormatOther(4006, "")        // right: not a sink
}
