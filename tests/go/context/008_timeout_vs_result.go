// Racing a result against a context deadline, with the worker respecting the context.
package main

import (
	"context"
	"fmt"
	"time"
)

func compute(ctx context.Context, cost time.Duration) (int, error) {
	result := make(chan int, 1) // buffered: the worker never blocks if nobody reads
	go func() {
		time.Sleep(cost)
		result <- 42
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	for _, cost := range []time.Duration{10 * time.Millisecond, 300 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		r, err := compute(ctx, cost)
		cancel()
		fmt.Println(cost, r, err)
	}
}

// Output:
// 10ms 42 <nil>
// 300ms 0 context deadline exceeded
