// Go: 1.22
// WithTimeoutCause: when the time runs out, Err is DeadlineExceeded and Cause is the given
// error (Go 1.21); sync.Map.CompareAndDelete deletes only an entry holding the old value.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var ErrSlow = errors.New("too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, ErrSlow)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	var m sync.Map
	m.Store("a", 1)
	fmt.Println(m.CompareAndDelete("a", 2), m.CompareAndDelete("a", 1))
	_, ok := m.Load("a")
	fmt.Println(ok)
}

// Output:
// context deadline exceeded too slow
// false true
// false
