package sinks

// messageRows are the places where a value is sent as a WebSocket message
// (Role Message): either a Go value the library encodes as JSON
// (conn.WriteJSON(v), wsjson.Write(ctx, c, v)), or the bytes of a data
// message, which a pass can follow back to the json.Marshal that made
// them. The receive side (ReadJSON, wsjson.Read, ReadMessage) has no rows.
var messageRows = []Row{
	// github.com/gorilla/websocket v1.5.3: (*Conn).WriteJSON(v interface{}) error,
	// the deprecated WriteJSON(c *Conn, v interface{}) error, and
	// (*Conn).WriteMessage(messageType int, data []byte) error.
	{Pkg: "github.com/gorilla/websocket", Recv: "Conn", Name: "WriteJSON", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/gorilla/websocket", Name: "WriteJSON", Kind: Func, Arg: 1, Role: Message},
	{Pkg: "github.com/gorilla/websocket", Recv: "Conn", Name: "WriteMessage", Kind: Method, Arg: 1, Role: Message},

	// github.com/fasthttp/websocket v1.5.12: the same three.
	{Pkg: "github.com/fasthttp/websocket", Recv: "Conn", Name: "WriteJSON", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/fasthttp/websocket", Name: "WriteJSON", Kind: Func, Arg: 1, Role: Message},
	{Pkg: "github.com/fasthttp/websocket", Recv: "Conn", Name: "WriteMessage", Kind: Method, Arg: 1, Role: Message},

	// github.com/hertz-contrib/websocket v0.1.0: (*Conn).WriteJSON and
	// (*Conn).WriteMessage; it has no package-level WriteJSON.
	{Pkg: "github.com/hertz-contrib/websocket", Recv: "Conn", Name: "WriteJSON", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/hertz-contrib/websocket", Recv: "Conn", Name: "WriteMessage", Kind: Method, Arg: 1, Role: Message},

	// github.com/olahol/melody v1.1.4: (*Session).Write(msg []byte) error and
	// the text broadcasts of *Melody, msg first.
	{Pkg: "github.com/olahol/melody", Recv: "Session", Name: "Write", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/olahol/melody", Recv: "Melody", Name: "Broadcast", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/olahol/melody", Recv: "Melody", Name: "BroadcastFilter", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/olahol/melody", Recv: "Melody", Name: "BroadcastOthers", Kind: Method, Arg: 0, Role: Message},
	{Pkg: "github.com/olahol/melody", Recv: "Melody", Name: "BroadcastMultiple", Kind: Method, Arg: 0, Role: Message},

	// github.com/coder/websocket v1.8.15 and nhooyr.io/websocket v1.8.17:
	// wsjson.Write(ctx, c *websocket.Conn, v any) error and
	// (*Conn).Write(ctx, typ MessageType, p []byte) error.
	{Pkg: "github.com/coder/websocket/wsjson", Name: "Write", Kind: Func, Arg: 2, Role: Message},
	{Pkg: "github.com/coder/websocket", Recv: "Conn", Name: "Write", Kind: Method, Arg: 2, Role: Message},
	{Pkg: "nhooyr.io/websocket/wsjson", Name: "Write", Kind: Func, Arg: 2, Role: Message},
	{Pkg: "nhooyr.io/websocket", Recv: "Conn", Name: "Write", Kind: Method, Arg: 2, Role: Message},

	// github.com/lxzan/gws v1.8.9: (*Conn).WriteMessage(opcode Opcode,
	// payload []byte) error and (*Conn).WriteAsync(opcode Opcode, payload
	// []byte, callback func(error)).
	{Pkg: "github.com/lxzan/gws", Recv: "Conn", Name: "WriteMessage", Kind: Method, Arg: 1, Role: Message},
	{Pkg: "github.com/lxzan/gws", Recv: "Conn", Name: "WriteAsync", Kind: Method, Arg: 1, Role: Message},

	// github.com/lesismal/nbio/nbhttp/websocket v1.6.7:
	// (*Conn).WriteMessage(messageType MessageType, data []byte) error.
	{Pkg: "github.com/lesismal/nbio/nbhttp/websocket", Recv: "Conn", Name: "WriteMessage", Kind: Method, Arg: 1, Role: Message},

	// github.com/gobwas/ws v1.5.0, package wsutil: the server-side writers
	// WriteServerMessage(w io.Writer, op ws.OpCode, p []byte) error and
	// WriteServerText(w io.Writer, p []byte) error.
	{Pkg: "github.com/gobwas/ws/wsutil", Name: "WriteServerMessage", Kind: Func, Arg: 2, Role: Message},
	{Pkg: "github.com/gobwas/ws/wsutil", Name: "WriteServerText", Kind: Func, Arg: 1, Role: Message},

	// golang.org/x/net/websocket v0.62.0: Codec.Send(ws *Conn, v interface{})
	// error, as in websocket.JSON.Send(ws, v).
	{Pkg: "golang.org/x/net/websocket", Recv: "Codec", Name: "Send", Kind: Method, Arg: 1, Role: Message},
}
