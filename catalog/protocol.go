package catalog

// Protocol facts that hold whatever an API documents: the reason phrases of
// the IANA HTTP Status Code Registry (RFC 9110 and its extensions) and the
// close-code rules of RFC 6455 with the IANA WebSocket Close Code Number
// Registry.

// statusText holds the registered reason phrases. Codes the registry lists
// as "(Unused)" (306, 418) and temporary registrations are left out.
var statusText = map[int]string{
	100: "Continue",
	101: "Switching Protocols",
	102: "Processing",
	103: "Early Hints",

	200: "OK",
	201: "Created",
	202: "Accepted",
	203: "Non-Authoritative Information",
	204: "No Content",
	205: "Reset Content",
	206: "Partial Content",
	207: "Multi-Status",
	208: "Already Reported",
	226: "IM Used",

	300: "Multiple Choices",
	301: "Moved Permanently",
	302: "Found",
	303: "See Other",
	304: "Not Modified",
	305: "Use Proxy",
	307: "Temporary Redirect",
	308: "Permanent Redirect",

	400: "Bad Request",
	401: "Unauthorized",
	402: "Payment Required",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	406: "Not Acceptable",
	407: "Proxy Authentication Required",
	408: "Request Timeout",
	409: "Conflict",
	410: "Gone",
	411: "Length Required",
	412: "Precondition Failed",
	413: "Content Too Large",
	414: "URI Too Long",
	415: "Unsupported Media Type",
	416: "Range Not Satisfiable",
	417: "Expectation Failed",
	421: "Misdirected Request",
	422: "Unprocessable Content",
	423: "Locked",
	424: "Failed Dependency",
	425: "Too Early",
	426: "Upgrade Required",
	428: "Precondition Required",
	429: "Too Many Requests",
	431: "Request Header Fields Too Large",
	451: "Unavailable For Legal Reasons",

	500: "Internal Server Error",
	501: "Not Implemented",
	502: "Bad Gateway",
	503: "Service Unavailable",
	504: "Gateway Timeout",
	505: "HTTP Version Not Supported",
	506: "Variant Also Negotiates",
	507: "Insufficient Storage",
	508: "Loop Detected",
	510: "Not Extended",
	511: "Network Authentication Required",
}

// StatusText returns the reason phrase the IANA HTTP Status Code Registry
// gives a status ("Not Found" for 404), or "" when the status is not
// registered (420, 499) or registered as unused (306, 418).
func StatusText(code int) string { return statusText[code] }

// ValidStatus reports whether code is a well-formed HTTP status: three
// digits from 100 to 599 (RFC 9110, section 15).
func ValidStatus(code int) bool { return 100 <= code && code <= 599 }

// MaxCloseReason is the longest close reason, in bytes, that fits in a
// WebSocket close frame: a control frame carries at most 125 bytes of
// payload, two of which are the code (RFC 6455, section 5.5).
const MaxCloseReason = 123

// closeNames holds the close codes RFC 6455 defines and those the IANA
// registry adds.
var closeNames = map[int]string{
	1000: "Normal Closure",
	1001: "Going Away",
	1002: "Protocol Error",
	1003: "Unsupported Data",
	1004: "Reserved",
	1005: "No Status Received",
	1006: "Abnormal Closure",
	1007: "Invalid Frame Payload Data",
	1008: "Policy Violation",
	1009: "Message Too Big",
	1010: "Mandatory Extension",
	1011: "Internal Error",
	1012: "Service Restart",
	1013: "Try Again Later",
	1014: "Bad Gateway",
	1015: "TLS Handshake",
	3000: "Unauthorized",
	3003: "Forbidden",
	3008: "Timeout",
}

// CloseCodeName returns the name of a close code defined by RFC 6455
// (1000 to 1015) or registered with IANA (3000, 3003, 3008), or "" for any
// other code.
func CloseCodeName(code int) string { return closeNames[code] }

// A CloseRule is what RFC 6455 says about sending a close code.
type CloseRule int

// The close rules, from CheckCloseCode.
const (
	// CloseOK is a defined or registered code an endpoint may send.
	CloseOK CloseRule = iota
	// CloseNeverSent is a code reserved for reporting a closure locally,
	// never sent in a close frame: 1004, 1005, 1006 and 1015.
	CloseNeverSent
	// CloseInvalid is a code outside every range RFC 6455 allows:
	// below 1000, the unassigned 1016 to 2999, and 5000 and above.
	CloseInvalid
	// CloseClientOnly is 1010, which only a client sends (the server did
	// not negotiate an extension the client needs).
	CloseClientOnly
	// CloseUnregistered is a code in 3000 to 3999, the range for
	// libraries and frameworks, that is not registered with IANA.
	CloseUnregistered
	// ClosePrivate is a code in 4000 to 4999, free for applications to
	// agree on; an API documents its own there.
	ClosePrivate
)

var closeRuleNames = [...]string{
	CloseOK:           "ok",
	CloseNeverSent:    "never sent",
	CloseInvalid:      "invalid",
	CloseClientOnly:   "client only",
	CloseUnregistered: "unregistered",
	ClosePrivate:      "private",
}

func (r CloseRule) String() string {
	if 0 <= int(r) && int(r) < len(closeRuleNames) {
		return closeRuleNames[r]
	}
	return "CloseRule(?)"
}

// CheckCloseCode returns the RFC 6455 rule for sending code in a close
// frame (section 7.4).
func CheckCloseCode(code int) CloseRule {
	switch {
	case code == 1004, code == 1005, code == 1006, code == 1015:
		return CloseNeverSent
	case code == 1010:
		return CloseClientOnly
	case 1000 <= code && code <= 1015:
		return CloseOK
	case 3000 <= code && code <= 3999:
		if closeNames[code] != "" {
			return CloseOK
		}
		return CloseUnregistered
	case 4000 <= code && code <= 4999:
		return ClosePrivate
	}
	return CloseInvalid
}
