// Package opcodes sends and receives gateway payloads, written against
// docs/gateway.md: 0, 1 both ways; 3, 6, 7 from the server; 4, 5 from
// clients.
package opcodes

import (
	"context"
	"encoding/json"

	coder "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/gorilla/websocket"
	nbio "github.com/lesismal/nbio/nbhttp/websocket"
	"github.com/lxzan/gws"
	"github.com/olahol/melody"
	xnet "golang.org/x/net/websocket"
	"io"
)

// OPCode is a gateway opcode, numbered as Discord numbers them.
type OPCode int

// The opcodes.
const (
	DISPATCH OPCode = iota
	HEARTBEAT
	IDENTIFY
	STATUS_UPDATE
	VOICE_STATE_UPDATE
	VOICE_SERVER_PING
	RESUME
	RECONNECT
	REQUEST_GUILD_MEMBERS
	INVALID_SESSION
	HELLO
	HEARTBEAT_ACK
)

// Value returns the opcode as an int.
func (o OPCode) Value() int { return int(o) }

// Payload is a gateway message.
type Payload struct {
	Op  int    `json:"op"`
	Seq int    `json:"s,omitempty"`
	T   string `json:"t,omitempty"`
	D   any    `json:"d,omitempty"`
}

// Untagged encodes its opcode under "Op", not "op".
type Untagged struct {
	Op int
}

func send(c *websocket.Conn) {
	_ = c.WriteJSON(Payload{Op: HELLO.Value()})         // want `gateway opcode 10 is not documented in docs/gateway.md`
	_ = c.WriteJSON(Payload{Op: HEARTBEAT_ACK.Value()}) // want `gateway opcode 11 is not documented`
	_ = c.WriteJSON(Payload{Op: 3, D: map[string]int{"heartbeat_interval": 41250}})
	_ = c.WriteJSON(&Payload{Op: 4}) // want `gateway opcode 4 \(identify\) is sent by clients only, as documented in docs/gateway.md`
	resume := Payload{Op: 5}         // want `gateway opcode 5 \(resume\) is sent by clients only`
	_ = c.WriteJSON(resume)
	_ = c.WriteJSON(map[string]any{"op": 42, "d": nil}) // want `gateway opcode 42 is not documented`
	_ = c.WriteJSON(map[string]any{"op": 0, "t": "READY"})
	_ = c.WriteJSON(Payload{DISPATCH.Value(), 1, "READY", nil})
	_ = c.WriteJSON(Payload{D: "no op: the zero value"})
	_ = c.WriteJSON(Untagged{Op: 42}) // "Op" is not the op field
	_ = websocket.WriteJSON(c, Payload{Op: 7})
	b, _ := json.Marshal(Payload{Op: 9}) // want `gateway opcode 9 is not documented`
	_ = c.WriteMessage(websocket.TextMessage, b)
}

func sendOthers(ctx context.Context, cc *coder.Conn, s *melody.Session, m *melody.Melody, g *gws.Conn, n *nbio.Conn, x *xnet.Conn, w io.Writer) {
	_ = wsjson.Write(ctx, cc, Payload{Op: 12})                  // want `gateway opcode 12 is not documented`
	identify, err := json.Marshal(Payload{Op: int(RESUME) - 2}) // want `gateway opcode 4 \(identify\) is sent by clients only`
	if err != nil {
		return
	}
	_ = s.Write(identify)
	_ = m.Broadcast(identify)
	frame, _ := json.Marshal(map[string]int{"op": 13}) // want `gateway opcode 13 is not documented`
	_ = g.WriteMessage(gws.OpcodeText, frame)
	text, _ := json.MarshalIndent(Payload{Op: 14}, "", " ") // want `gateway opcode 14 is not documented`
	_ = n.WriteMessage(nbio.TextMessage, text)
	_ = xnet.JSON.Send(x, Payload{Op: 15})                          // want `gateway opcode 15 is not documented`
	_ = cc.Write(ctx, coder.MessageText, mustJSON(Payload{Op: 16})) // computed by a function: not followed
	ack, _ := json.Marshal(Payload{Op: 17})                         // want `gateway opcode 17 is not documented`
	_ = wsutil.WriteServerMessage(w, ws.OpText, ack)
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// Negatives: the receive side, and payloads whose op is set later.
func receive(ctx context.Context, c *websocket.Conn, cc *coder.Conn, data []byte) int {
	var p Payload
	_ = c.ReadJSON(&p)
	_ = wsjson.Read(ctx, cc, &p)
	_ = json.Unmarshal(data, &p)
	switch p.Op {
	case 4, 42:
		return 1
	}
	if p.Op == HELLO.Value() {
		return 2
	}
	later := Payload{Op: 0}
	later.Op = 4
	_ = c.WriteJSON(later) // the literal is not what is sent
	echo := Payload{}
	_ = json.Unmarshal(data, &echo)
	_ = c.WriteJSON(echo) // decoded, not built here
	return 0
}
