// context.WithTimeout cancels the context automatically after a duration.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow operation: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", slowOperation(ctx, 10*time.Millisecond))
	err := slowOperation(ctx, time.Second)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), ctx.Err())
}

// Output:
// fast: <nil>
// slow: slow operation: context deadline exceeded
// true context deadline exceeded
