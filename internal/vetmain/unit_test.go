package vetmain

import "testing"

func TestIsUnit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{"./..."}, false},
		{[]string{"-catalog", "a.md", "./..."}, false},
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"--V=full"}, true},
		{[]string{"-V"}, false},
		{[]string{"-catalog=docs/a.md", "-json", "/tmp/b001/vet.cfg"}, true},
		{nil, false},
	}
	for _, tt := range tests {
		if got := IsUnit(tt.args); got != tt.want {
			t.Errorf("IsUnit(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
