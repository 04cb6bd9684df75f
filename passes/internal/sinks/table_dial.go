package sinks

// dialRows are the calls that say which side of a WebSocket connection a
// program is: a client opens one (Role Dial), a server accepts one (Role
// Accept). Arg is the argument that names what is dialed or accepted (the
// URL, the request, the raw connection); a pass reads the call, not the
// value. A package-level DefaultDialer is a *Dialer or a Dialer: its use,
// websocket.DefaultDialer.Dial(url, nil), is the Dialer method's row.
var dialRows = []Row{
	// github.com/gorilla/websocket v1.5.3: (*Dialer).Dial(urlStr string,
	// requestHeader http.Header), (*Dialer).DialContext(ctx, urlStr,
	// requestHeader), and (*Upgrader).Upgrade(w, r *http.Request,
	// responseHeader).
	{Pkg: "github.com/gorilla/websocket", Recv: "Dialer", Name: "Dial", Kind: Method, Arg: 0, Role: Dial},
	{Pkg: "github.com/gorilla/websocket", Recv: "Dialer", Name: "DialContext", Kind: Method, Arg: 1, Role: Dial},
	{Pkg: "github.com/gorilla/websocket", Recv: "Upgrader", Name: "Upgrade", Kind: Method, Arg: 1, Role: Accept},

	// github.com/fasthttp/websocket v1.5.12: the same three, and
	// (*FastHTTPUpgrader).Upgrade(ctx *fasthttp.RequestCtx, handler).
	{Pkg: "github.com/fasthttp/websocket", Recv: "Dialer", Name: "Dial", Kind: Method, Arg: 0, Role: Dial},
	{Pkg: "github.com/fasthttp/websocket", Recv: "Dialer", Name: "DialContext", Kind: Method, Arg: 1, Role: Dial},
	{Pkg: "github.com/fasthttp/websocket", Recv: "Upgrader", Name: "Upgrade", Kind: Method, Arg: 1, Role: Accept},
	{Pkg: "github.com/fasthttp/websocket", Recv: "FastHTTPUpgrader", Name: "Upgrade", Kind: Method, Arg: 0, Role: Accept},

	// github.com/hertz-contrib/websocket v0.1.0: server side only,
	// (*HertzUpgrader).Upgrade(ctx *app.RequestContext, handler).
	{Pkg: "github.com/hertz-contrib/websocket", Recv: "HertzUpgrader", Name: "Upgrade", Kind: Method, Arg: 0, Role: Accept},

	// github.com/coder/websocket v1.8.15 and nhooyr.io/websocket v1.8.17:
	// Dial(ctx, u string, opts *DialOptions) and Accept(w, r *http.Request,
	// opts *AcceptOptions).
	{Pkg: "github.com/coder/websocket", Name: "Dial", Kind: Func, Arg: 1, Role: Dial},
	{Pkg: "github.com/coder/websocket", Name: "Accept", Kind: Func, Arg: 1, Role: Accept},
	{Pkg: "nhooyr.io/websocket", Name: "Dial", Kind: Func, Arg: 1, Role: Dial},
	{Pkg: "nhooyr.io/websocket", Name: "Accept", Kind: Func, Arg: 1, Role: Accept},

	// github.com/gobwas/ws v1.5.0: Dial(ctx, urlstr string), Dialer.Dial(ctx,
	// urlstr string), Upgrade(conn io.ReadWriter), Upgrader.Upgrade(conn
	// io.ReadWriter) and UpgradeHTTP(r *http.Request, w).
	{Pkg: "github.com/gobwas/ws", Name: "Dial", Kind: Func, Arg: 1, Role: Dial},
	{Pkg: "github.com/gobwas/ws", Recv: "Dialer", Name: "Dial", Kind: Method, Arg: 1, Role: Dial},
	{Pkg: "github.com/gobwas/ws", Name: "Upgrade", Kind: Func, Arg: 0, Role: Accept},
	{Pkg: "github.com/gobwas/ws", Recv: "Upgrader", Name: "Upgrade", Kind: Method, Arg: 0, Role: Accept},
	{Pkg: "github.com/gobwas/ws", Name: "UpgradeHTTP", Kind: Func, Arg: 0, Role: Accept},

	// github.com/lxzan/gws v1.8.9: NewClient(handler Event, option
	// *ClientOption), whose option holds the address; NewUpgrader(handler
	// Event, option *ServerOption) and (*Upgrader).Upgrade(w, r
	// *http.Request).
	{Pkg: "github.com/lxzan/gws", Name: "NewClient", Kind: Func, Arg: 1, Role: Dial},
	{Pkg: "github.com/lxzan/gws", Name: "NewUpgrader", Kind: Func, Arg: 1, Role: Accept},
	{Pkg: "github.com/lxzan/gws", Recv: "Upgrader", Name: "Upgrade", Kind: Method, Arg: 1, Role: Accept},
}
