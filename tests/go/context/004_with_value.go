// context.WithValue carries request-scoped values; use an unexported key type.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

const (
	userKey    ctxKey = "user"
	traceIDKey ctxKey = "trace"
)

func handle(ctx context.Context) {
	user, ok := ctx.Value(userKey).(string)
	fmt.Println("user:", user, ok)
	fmt.Println("trace:", ctx.Value(traceIDKey))
	fmt.Println("missing:", ctx.Value(ctxKey("other")))
	fmt.Println("plain string key:", ctx.Value("user")) // a different key: type matters
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "ada")
	ctx = context.WithValue(ctx, traceIDKey, 1234)
	handle(ctx)
	inner := context.WithValue(ctx, userKey, "bob") // shadows the outer value
	fmt.Println(inner.Value(userKey), ctx.Value(userKey))
}

// Output:
// user: ada true
// trace: 1234
// missing: <nil>
// plain string key: <nil>
// bob ada
