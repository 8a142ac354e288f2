// Command posyandu-mongo serves a MongoDB-wire endpoint backed by FerretDB's SQLite
// handler, so integration tests talk to a real server without a MongoDB install.
// It prints the connection URI on its first stdout line and serves until SIGINT/SIGTERM
// or until its standard input closes (so a crashed test runner never leaves it behind).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dir := flag.String("dir", "", "directory for the SQLite files (created if missing)")
	addr := flag.String("addr", "127.0.0.1:0", "TCP address to listen on")
	watchStdin := flag.Bool("watch-stdin", false, "exit when standard input closes")
	flag.Parse()
	if *dir == "" {
		log.Fatal("-dir is required")
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if *watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	fmt.Println(f.MongoDBURI())
	f.Run(ctx)
}
