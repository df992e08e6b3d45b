// Random jitter in a retry loop: each delay stays within its window.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func backoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(base)))
	return base + jitter
}

func main() {
	for attempt := 0; attempt < 5; attempt++ {
		d := backoff(attempt)
		lo := time.Duration(1<<attempt) * time.Millisecond
		fmt.Println(attempt, d >= lo && d < 2*lo)
	}
}

// Output:
// 0 true
// 1 true
// 2 true
// 3 true
// 4 true
