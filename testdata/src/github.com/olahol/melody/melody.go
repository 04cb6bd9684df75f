// Package melody is a stub of github.com/olahol/melody for statuslint
// tests: only the signatures the tests need, copied from melody v1.1.4.
// Bodies panic.
package melody

import "net/http"

// Close codes, as melody declares them (untyped constants).
const (
	CloseNormalClosure           = 1000
	CloseGoingAway               = 1001
	CloseProtocolError           = 1002
	CloseUnsupportedData         = 1003
	CloseNoStatusReceived        = 1005
	CloseAbnormalClosure         = 1006
	CloseInvalidFramePayloadData = 1007
	ClosePolicyViolation         = 1008
	CloseMessageTooBig           = 1009
	CloseMandatoryExtension      = 1010
	CloseInternalServerErr       = 1011
	CloseServiceRestart          = 1012
	CloseTryAgainLater           = 1013
	CloseTLSHandshake            = 1015
)

// Melody is the WebSocket hub.
type Melody struct{}

// New returns a Melody.
func New() *Melody { panic("stub") }

// HandleMessage sets the text message handler.
func (m *Melody) HandleMessage(fn func(*Session, []byte)) { panic("stub") }

// HandleClose sets the close frame handler.
func (m *Melody) HandleClose(fn func(*Session, int, string) error) { panic("stub") }

// HandleRequest upgrades the request.
func (m *Melody) HandleRequest(w http.ResponseWriter, r *http.Request) error { panic("stub") }

// CloseWithMsg closes every session with the close frame payload msg.
func (m *Melody) CloseWithMsg(msg []byte) error { panic("stub") }

// Broadcast sends a text message to every session.
func (m *Melody) Broadcast(msg []byte) error { panic("stub") }

// BroadcastFilter sends a text message to the sessions fn accepts.
func (m *Melody) BroadcastFilter(msg []byte, fn func(*Session) bool) error { panic("stub") }

// BroadcastOthers sends a text message to every session but s.
func (m *Melody) BroadcastOthers(msg []byte, s *Session) error { panic("stub") }

// BroadcastMultiple sends a text message to sessions.
func (m *Melody) BroadcastMultiple(msg []byte, sessions []*Session) error { panic("stub") }

// Session is one connection.
type Session struct{}

// Write writes a text message.
func (s *Session) Write(msg []byte) error { panic("stub") }

// Close closes the session.
func (s *Session) Close() error { panic("stub") }

// CloseWithMsg closes the session with the close frame payload msg.
func (s *Session) CloseWithMsg(msg []byte) error { panic("stub") }

// FormatCloseMessage builds a close frame payload from closeCode and text.
func FormatCloseMessage(closeCode int, text string) []byte { panic("stub") }
