// Package gorilla holds the close frames of a gateway built on
// gorilla/websocket, written against docs/gateway.md.
package gorilla

import (
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// CloseDecodeError is the gateway's own name for the documented 4002.
const CloseDecodeError = 4002

// maxPayload is a size, not a close code.
const maxPayload = 4096

const tooLong = "the session could not be resumed because the sequence number you sent is older than anything the gateway still keeps for you"

func closeFrames(c *websocket.Conn) {
	deadline := time.Now().Add(time.Second)
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4006, "bye"), deadline) // want `close code 4006 is not documented in docs/gateway.md: the nearest documented codes are 4005 \(already authenticated\) and 4007 \(invalid seq\)`
	websocket.FormatCloseMessage(4011, "Decode error.")                                         // want `close code 4011 is not documented in docs/gateway.md: .*; the reason "Decode error." is documented as 4002 \(decode error\)`
	websocket.FormatCloseMessage(1006, "")                                                      // want `close code 1006 \(Abnormal Closure\) is never sent in a close frame`
	websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "bye")                        // want `close reason "bye" is never sent: with close code 1005 the library sends a close frame without a code or a reason`
	websocket.FormatCloseMessage(1005, "")                                                      // want `raw close code 1005: use websocket.CloseNoStatusReceived`
	websocket.FormatCloseMessage(70000, "")                                                     // want `close code 70000 does not fit in the 16 bits of a close frame \(RFC 6455, section 5.5.1\): the library sends it as 4464`
	websocket.FormatCloseMessage(-1, "")                                                        // want `close code -1 does not fit .*: the library sends it as 65535`
	websocket.FormatCloseMessage(websocket.CloseMandatoryExtension, "")                         // want `close code 1010 \(Mandatory Extension\) is sent by clients only`
	websocket.FormatCloseMessage(2000, "")                                                      // want `close code 2000 is not a valid close code: RFC 6455 allows 1000 to 1015 and 3000 to 4999`
	websocket.FormatCloseMessage(999, "")                                                       // want `close code 999 is not a valid close code`
	websocket.FormatCloseMessage(5000, "")                                                      // want `close code 5000 is not a valid close code`
	websocket.FormatCloseMessage(3001, "")                                                      // want `close code 3001 is neither registered with IANA \(RFC 6455, section 7.4.2\) nor documented in docs/gateway.md`
	websocket.FormatCloseMessage(1000, "bye")                                                   // want `raw close code 1000: use websocket.CloseNormalClosure`
	websocket.FormatCloseMessage(websocket.CloseNormalClosure, tooLong)                         // want `close reason is 124 bytes: a close frame carries at most 123 \(RFC 6455, section 5.5\)`
	websocket.FormatCloseMessage(websocket.CloseGoingAway, "caf\xe9")                           // want `close reason is not valid UTF-8 \(RFC 6455, section 5.5.1\)`
	websocket.FormatCloseMessage(websocket.CloseGoingAway, "server "+"restarting")
}

// Negatives: documented, registered or named codes, reasons that fit.
func documented(c *websocket.Conn) {
	websocket.FormatCloseMessage(4002, "decode error")             // documented
	websocket.FormatCloseMessage(CloseDecodeError, "decode error") // documented, by name
	websocket.FormatCloseMessage(4004, "decode error")             // documented; a reason of another code is not a finding
	websocket.FormatCloseMessage(3000, "")                         // registered with IANA
	websocket.FormatCloseMessage(3500, "")                         // documented in docs/gateway.md
	websocket.FormatCloseMessage(websocket.CloseTryAgainLater, "") // named
	websocket.FormatCloseMessage(websocket.CloseNormalClosure, "ünïcödé fits")
	// gorilla's own way to send a close frame without a code: given
	// 1005 it returns an empty body.
	websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "")
	closeEmpty(c, websocket.CloseNoStatusReceived)
}

// closeEmpty hands its code to FormatCloseMessage only.
func closeEmpty(c *websocket.Conn, code int) {
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""), time.Now())
}

// Negatives: integers that never reach a close frame.
func notCloseCodes() {
	_ = http.ListenAndServe(":4006", nil) // a port
	buf := make([]byte, 4006)             // a size
	_ = buf
	_ = time.Month(11) // a month
	_ = maxPayload
	time.Sleep(1006 * time.Millisecond)
}

// Negatives: the receive side.
func receive(c *websocket.Conn, err error) int {
	if websocket.IsCloseError(err, 1006, 4006) {
		return 1
	}
	if websocket.IsUnexpectedCloseError(err, 1005) {
		return 2
	}
	if ce, ok := err.(*websocket.CloseError); ok && ce.Code == 4006 {
		return ce.Code
	}
	c.SetCloseHandler(func(code int, text string) error {
		if code == 1005 || code == 70000 {
			return nil
		}
		return nil
	})
	return 0
}

// Negative: a variable the pass cannot compute.
func computed(code int, reason string) []byte {
	return websocket.FormatCloseMessage(code+4000, reason)
}
