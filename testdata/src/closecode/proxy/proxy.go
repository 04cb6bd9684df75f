// Package proxy is a gateway server that also dials an upstream gateway,
// written against docs/gateway.md. It accepts connections, so it is a
// server: identify (4) and resume (5) are findings, except on a local
// that only a dial assigns, which is a client's connection.
package proxy

import (
	"context"
	"encoding/json"
	"net/http"

	coder "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	fasthttpws "github.com/fasthttp/websocket"
	"github.com/gorilla/websocket"
	"github.com/lxzan/gws"
	nhooyr "nhooyr.io/websocket"
	nhooyrjson "nhooyr.io/websocket/wsjson"
)

// Payload is a gateway message.
type Payload struct {
	Op int `json:"op"`
	D  any `json:"d,omitempty"`
}

var upgrader = websocket.Upgrader{}

func serve(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	_ = c.WriteJSON(Payload{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only, as documented in docs/gateway.md`
	upstream, _, err := websocket.DefaultDialer.Dial("wss://gateway.example/", nil)
	if err != nil {
		return
	}
	_ = upstream.WriteJSON(Payload{Op: 4})  // dialed: a client's connection
	_ = upstream.WriteJSON(Payload{Op: 5})  // dialed: a client's connection
	_ = upstream.WriteJSON(Payload{Op: 99}) // want `gateway opcode 99 is not documented`
	forward(c)
	forward(upstream)
}

// refuse closes a connection for an extension the server lacks: the
// client's code, sent by a server.
func refuse() []byte {
	return websocket.FormatCloseMessage(websocket.CloseMandatoryExtension, "") // want `close code 1010 \(Mandatory Extension\) is sent by clients only`
}

// forward sends on a parameter: the package is a server.
func forward(c *websocket.Conn) {
	_ = c.WriteJSON(Payload{Op: 5}) // want `gateway opcode 5 \(resume\) is sent by clients only`
}

// reassigned is dialed, then given an accepted connection: neither side
// is sure, so the package decides.
func reassigned(w http.ResponseWriter, r *http.Request) {
	conn, _, err := websocket.DefaultDialer.Dial("wss://gateway.example/", nil)
	if err != nil {
		return
	}
	conn, _ = upgrader.Upgrade(w, r, nil)
	_ = conn.WriteJSON(Payload{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only`
}

// ranged is a dialed local that a range loop assigns too.
func ranged(conns []*websocket.Conn) {
	conn, _, _ := websocket.DefaultDialer.Dial("wss://gateway.example/", nil)
	for _, conn = range conns {
	}
	_ = conn.WriteJSON(Payload{Op: 5}) // want `gateway opcode 5 \(resume\) is sent by clients only`
}

// upstreams dials with the other libraries.
func upstreams(ctx context.Context) {
	cc, _, err := coder.Dial(ctx, "wss://gateway.example/", nil)
	if err != nil {
		return
	}
	_ = wsjson.Write(ctx, cc, Payload{Op: 4}) // dialed
	nc, _, err := nhooyr.Dial(ctx, "wss://gateway.example/", &nhooyr.DialOptions{})
	if err != nil {
		return
	}
	_ = nhooyrjson.Write(ctx, nc, Payload{Op: 5}) // dialed
	d := &fasthttpws.Dialer{}
	fc, _, err := d.Dial("wss://gateway.example/", nil)
	if err != nil {
		return
	}
	_ = fc.WriteJSON(Payload{Op: 4}) // dialed
	g, _, err := gws.NewClient(nil, &gws.ClientOption{Addr: "wss://gateway.example/"})
	if err != nil {
		return
	}
	resume, _ := json.Marshal(Payload{Op: 5})
	_ = g.WriteMessage(gws.OpcodeText, resume) // dialed
	var vc, _, _ = websocket.DefaultDialer.DialContext(ctx, "wss://gateway.example/", nil)
	_ = vc.WriteJSON(Payload{Op: 4}) // dialed, in a var declaration
}
