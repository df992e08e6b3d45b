// context.WithTimeout: work that is not done by the deadline is abandoned.
package main

import (
	"context"
	"fmt"
	"time"
)

// fetch takes `cost` to answer, unless the context ends first.
func fetch(ctx context.Context, query string, cost time.Duration) (string, error) {
	select {
	case <-time.After(cost):
		return "results for " + query, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func search(query string, cost time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel() // always release the context's timer
	result, err := fetch(ctx, query, cost)
	if err != nil {
		fmt.Println(query+":", err)
		return
	}
	fmt.Println(query+":", result)
}

func main() {
	search("gophers", 60*time.Millisecond)
	search("everything", 250*time.Millisecond)
}
