package bot

import (
	"context"

	"github.com/gobwas/ws"
)

// probe dials with a gobwas Dialer value: one more dial of the package.
func probe(ctx context.Context, url string) error {
	conn, _, _, err := ws.DefaultDialer.Dial(ctx, url)
	if err != nil {
		return err
	}
	return conn.Close()
}

// refuse closes a connection whose server did not negotiate an extension:
// 1010 is the client's code, and the package is a client.
func refuse(ctx context.Context, url string) error {
	conn, _, _, err := ws.DefaultDialer.Dial(ctx, url)
	if err != nil {
		return err
	}
	_, err = conn.Write(ws.NewCloseFrameBody(ws.StatusMandatoryExt, "")) // right: sent by a client
	return err
}
