// Package apiconst declares the API's own status constants, the way
// `statuslint catalog -format go` writes them.
package apiconst

// Status is a status of the API.
type Status int

// StatusEnhanceYourCalm is the API's rate-limit status, which no library
// names.
const StatusEnhanceYourCalm = 420

// StatusTypedCalm has the same value but a type of its own.
const StatusTypedCalm Status = 420

// Limit is the request limit per minute.
const Limit = 420
