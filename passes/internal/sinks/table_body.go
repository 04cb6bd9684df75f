package sinks

// bodyRows are the places where a value becomes an HTTP response body
// (Role Body).
var bodyRows = []Row{}
