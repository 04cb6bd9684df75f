package catalog

import (
	"reflect"
	"testing"
)

func TestErrorCodeCategoriesOfDefault(t *testing.T) {
	t.Parallel()
	got := Default().ErrorCodeCategories()
	want := []ErrorCodeCategory{
		{Pattern: "1xxxx", From: 10000, To: 19999, Prefix: "unknown", Count: 12},
		{Pattern: "4xxxx", From: 40000, To: 49999, Prefix: "", Count: 7},
		{Pattern: "5xxxx", From: 50000, To: 59999, Prefix: "", Count: 8},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("categories:\n got %+v\nwant %+v", got, want)
	}
	if s := got[0].String(); s != "1xxxx unknown …" {
		t.Errorf("String() = %q", s)
	}
	if s := got[1].String(); s != "4xxxx" {
		t.Errorf("String() = %q", s)
	}
}

func TestErrorCodeCategoryRules(t *testing.T) {
	t.Parallel()
	c := &Catalog{ErrorCodes: []ErrorCode{
		{Code: IntCode(0), Meaning: "general"},
		{Code: IntCode(7), Meaning: "seven"},
		{Code: IntCode(8), Meaning: "eight"},
		{Code: IntCode(300), Meaning: "lone"},
		{Code: IntCode(400), Meaning: "the request was malformed"},
		{Code: IntCode(404), Meaning: "the resource was not found"},
		{Code: IntCode(2001), Meaning: "Invalid token."},
		{Code: IntCode(2002), Meaning: "invalid  TOKEN scope"},
	}}
	got := c.ErrorCodeCategories()
	want := []ErrorCodeCategory{
		{Pattern: "4xx", From: 400, To: 499, Prefix: "", Count: 2},
		{Pattern: "2xxx", From: 2000, To: 2999, Prefix: "invalid token", Count: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("one-digit and lone codes make no category, and a shared \"the\" is no prefix:\n got %+v\nwant %+v", got, want)
	}
	if _, ok := c.ErrorCodeCategoryOf(301); ok {
		t.Error("301: a lone code's pattern is not a category")
	}
	if g, ok := c.ErrorCodeCategoryOf(2999); !ok || g.Pattern != "2xxx" {
		t.Errorf("2999: got %+v, %v", g, ok)
	}
}

func TestNearestErrorCode(t *testing.T) {
	t.Parallel()
	c := Default()
	for _, tc := range []struct {
		code, want int
	}{
		{10099, 10012}, // in 1xxxx: the nearest of the category
		{10000, 10001},
		{40010, 40007},
		{49999, 40007}, // the category's nearest, though 50001 is closer
		{60000, 50008}, // no category: the nearest of all
		{3, 0},
		{-5, 0},
	} {
		got, ok := c.NearestErrorCode(tc.code)
		if !ok || got.Code != IntCode(tc.want) {
			t.Errorf("NearestErrorCode(%d) = %s, %v; want %d", tc.code, got.Code, ok, tc.want)
		}
	}
	if _, ok := (&Catalog{}).NearestErrorCode(1); ok {
		t.Error("an empty catalog has no nearest code")
	}
	tie := &Catalog{ErrorCodes: []ErrorCode{{Code: IntCode(10)}, {Code: IntCode(20)}}}
	if got, _ := tie.NearestErrorCode(15); got.Code != IntCode(10) {
		t.Errorf("a tie gives the lower code, got %s", got.Code)
	}
}
