// Package melody closes sessions of olahol/melody.
package melody

import "github.com/olahol/melody"

func closeSessions(m *melody.Melody, s *melody.Session) {
	_ = s.CloseWithMsg(melody.FormatCloseMessage(4006, ""))                        // want `close code 4006 is not documented`
	_ = m.CloseWithMsg(melody.FormatCloseMessage(1000, ""))                        // want `raw close code 1000: use melody.CloseNormalClosure`
	_ = s.CloseWithMsg(melody.FormatCloseMessage(melody.CloseAbnormalClosure, "")) // want `close code 1006 \(Abnormal Closure\) is never sent`
	_ = s.CloseWithMsg(melody.FormatCloseMessage(4010, "server restarting"))
}

// Negative: the close handler receives a code.
func handle(m *melody.Melody) {
	m.HandleClose(func(s *melody.Session, code int, text string) error {
		if code == 4006 {
			return nil
		}
		return nil
	})
}
