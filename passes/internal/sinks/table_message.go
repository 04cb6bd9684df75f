package sinks

// messageRows are the places where a value is sent as a WebSocket message
// (Role Message).
var messageRows = []Row{}
