// context.WithDeadline cancels at a point in time; Deadline reports it.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	deadline := time.Now().Add(30 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()

	d, ok := ctx.Deadline()
	fmt.Println(ok, d.Equal(deadline))
	_, ok = context.Background().Deadline()
	fmt.Println(ok)

	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println(!time.Now().Before(deadline))

	past, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	fmt.Println("already expired:", past.Err())
}

// Output:
// true true
// false
// context deadline exceeded
// true
// already expired: context deadline exceeded
