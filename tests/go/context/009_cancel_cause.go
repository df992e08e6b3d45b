// Go: 1.20
// context.WithCancelCause (Go 1.20) records why a context was cancelled; context.Cause reads it.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(ctx))
	cancel(errors.New("shutdown requested"))
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))

	plain, cancelPlain := context.WithCancel(context.Background())
	cancelPlain()
	fmt.Println(context.Cause(plain)) // no cause given: same as Err

	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	cancelParent(errors.New("parent gone"))
	fmt.Println(child.Err(), "/", context.Cause(child))

	nilCause, cancelNil := context.WithCancelCause(context.Background())
	cancelNil(nil)
	fmt.Println(context.Cause(nilCause) == context.Canceled)
}

// Output:
// <nil>
// context canceled
// shutdown requested
// context canceled
// context canceled / parent gone
// true
