package sinks

// A ConstPackage is a library whose named constants a fix may write in
// place of a raw code, with the name files usually import it by.
type ConstPackage struct {
	Path string // "net/http"
	Name string // "http"
}

// StatusConsts are the libraries whose HTTP status constants a fix may
// use, in order of preference when a file imports several of them.
var StatusConsts = []ConstPackage{
	{"net/http", "http"},
	{"github.com/gofiber/fiber/v2", "fiber"},
	{"github.com/gofiber/fiber/v3", "fiber"},
	{"github.com/valyala/fasthttp", "fasthttp"},
	{"github.com/cloudwego/hertz/pkg/protocol/consts", "consts"},
}

// CloseConsts are the WebSocket libraries whose exported constants name
// the standard close codes, in the order a fix prefers them when the sink
// is a helper and the file imports several.
var CloseConsts = []ConstPackage{
	{"github.com/gorilla/websocket", "websocket"},
	{"github.com/fasthttp/websocket", "websocket"},
	{"github.com/hertz-contrib/websocket", "websocket"},
	{"github.com/olahol/melody", "melody"},
	{"github.com/coder/websocket", "websocket"},
	{"nhooyr.io/websocket", "websocket"},
	{"github.com/gobwas/ws", "ws"},
}
