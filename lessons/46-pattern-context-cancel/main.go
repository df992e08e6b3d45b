// context.WithCancel: one cancel call tells every goroutine holding the context to stop.
package main

import (
	"context"
	"fmt"
	"time"
)

// poller checks something every `every` until its context is cancelled,
// then reports how many checks it made.
func poller(ctx context.Context, every time.Duration, checks chan<- int) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			checks <- n
			return
		case <-time.After(every):
			n++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	disk := make(chan int)
	network := make(chan int)
	go poller(ctx, 30*time.Millisecond, disk)
	go poller(ctx, 40*time.Millisecond, network)

	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: cancelling")
	cancel() // closes ctx.Done() for both pollers at once
	fmt.Println("disk poller made", <-disk, "checks")
	fmt.Println("network poller made", <-network, "checks")
	fmt.Println("reason:", ctx.Err())
}
