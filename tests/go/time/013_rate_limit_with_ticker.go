// A ticker paces work: one request per tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := []string{"a", "b", "c", "d"}
	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for _, r := range requests {
		<-limiter.C
		fmt.Println("request", r)
	}
	fmt.Println("took at least 80ms:", time.Since(start) >= 80*time.Millisecond)
}

// Output:
// request a
// request b
// request c
// request d
// took at least 80ms: true
