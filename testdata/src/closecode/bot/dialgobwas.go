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
