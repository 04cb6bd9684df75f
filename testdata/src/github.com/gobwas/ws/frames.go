package ws

// The library's own close frames, which either end of a connection may
// send: the package declares Dial, so it is a client too. Not part of
// gobwas/ws's API; the closecode tests read these lines.

func mandatoryExtFrame() Frame {
	return NewCloseFrame(NewCloseFrameBody(StatusMandatoryExt, "")) // right: a client's code, in the library that dials
}

func tlsHandshakeFrame() Frame {
	return NewCloseFrame(NewCloseFrameBody(StatusTLSHandshake, "")) // want `close code 1015 \(TLS Handshake\) is never sent`
}
