package catalog

import "testing"

func TestStatusText(t *testing.T) {
	tests := []struct {
		code int
		want string
	}{
		{100, "Continue"},
		{103, "Early Hints"},
		{200, "OK"},
		{203, "Non-Authoritative Information"},
		{226, "IM Used"},
		{306, ""}, // registered as unused
		{308, "Permanent Redirect"},
		{404, "Not Found"},
		{413, "Content Too Large"},
		{418, ""}, // registered as unused
		{420, ""}, // not registered
		{421, "Misdirected Request"},
		{422, "Unprocessable Content"},
		{425, "Too Early"},
		{451, "Unavailable For Legal Reasons"},
		{499, ""},
		{508, "Loop Detected"},
		{510, "Not Extended"},
		{511, "Network Authentication Required"},
		{600, ""},
		{-1, ""},
	}
	for _, tt := range tests {
		if got := StatusText(tt.code); got != tt.want {
			t.Errorf("StatusText(%d) = %q, want %q", tt.code, got, tt.want)
		}
	}
	// Every registered status is a valid one.
	for code := range statusText {
		if !ValidStatus(code) {
			t.Errorf("StatusText has %d, which is not a valid status", code)
		}
	}
}

func TestValidStatus(t *testing.T) {
	tests := []struct {
		code int
		want bool
	}{
		{-200, false}, {0, false}, {99, false}, {100, true}, {420, true}, {599, true}, {600, false}, {999, false},
	}
	for _, tt := range tests {
		if got := ValidStatus(tt.code); got != tt.want {
			t.Errorf("ValidStatus(%d) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestCloseCodeName(t *testing.T) {
	tests := []struct {
		code int
		want string
	}{
		{999, ""},
		{1000, "Normal Closure"},
		{1001, "Going Away"},
		{1005, "No Status Received"},
		{1006, "Abnormal Closure"},
		{1010, "Mandatory Extension"},
		{1011, "Internal Error"},
		{1014, "Bad Gateway"},
		{1015, "TLS Handshake"},
		{1016, ""},
		{3000, "Unauthorized"},
		{3001, ""},
		{3003, "Forbidden"},
		{3008, "Timeout"},
		{4000, ""},
	}
	for _, tt := range tests {
		if got := CloseCodeName(tt.code); got != tt.want {
			t.Errorf("CloseCodeName(%d) = %q, want %q", tt.code, got, tt.want)
		}
	}
	for code := 1000; code <= 1015; code++ {
		if CloseCodeName(code) == "" {
			t.Errorf("CloseCodeName(%d) is empty; RFC 6455 names every code from 1000 to 1015", code)
		}
	}
}

func TestCheckCloseCode(t *testing.T) {
	tests := []struct {
		code int
		want CloseRule
	}{
		{-1, CloseInvalid},
		{0, CloseInvalid},
		{999, CloseInvalid},
		{1000, CloseOK},
		{1003, CloseOK},
		{1004, CloseNeverSent},
		{1005, CloseNeverSent},
		{1006, CloseNeverSent},
		{1007, CloseOK},
		{1010, CloseClientOnly},
		{1011, CloseOK},
		{1014, CloseOK},
		{1015, CloseNeverSent},
		{1016, CloseInvalid},
		{2999, CloseInvalid},
		{3000, CloseOK},
		{3001, CloseUnregistered},
		{3003, CloseOK},
		{3008, CloseOK},
		{3999, CloseUnregistered},
		{4000, ClosePrivate},
		{4999, ClosePrivate},
		{5000, CloseInvalid},
		{65535, CloseInvalid},
		{70000, CloseInvalid},
	}
	for _, tt := range tests {
		if got := CheckCloseCode(tt.code); got != tt.want {
			t.Errorf("CheckCloseCode(%d) = %v, want %v", tt.code, got, tt.want)
		}
	}
	if MaxCloseReason != 125-2 {
		t.Errorf("MaxCloseReason = %d, want 123", MaxCloseReason)
	}
	if s := ClosePrivate.String(); s != "private" {
		t.Errorf("ClosePrivate.String() = %q", s)
	}
}
