// context.WithCancel: calling cancel closes ctx.Done() so workers can stop.
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, results chan<- int, stopped chan<- error) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			stopped <- ctx.Err()
			return
		case results <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	stopped := make(chan error)
	go worker(ctx, results, stopped)
	for i := 0; i < 3; i++ {
		fmt.Println("result", <-results)
	}
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	fmt.Println("worker stopped:", <-stopped)
	cancel() // calling cancel again is harmless
	fmt.Println(ctx.Err() == context.Canceled)
}

// Output:
// result 0
// result 1
// result 2
// before cancel: <nil>
// worker stopped: context canceled
// true
