// Goroutines that sleep for different times wake up in order of their durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	order := make(chan string)
	sleepers := map[string]time.Duration{
		"slow":   150 * time.Millisecond,
		"fast":   50 * time.Millisecond,
		"medium": 100 * time.Millisecond,
	}
	for name, d := range sleepers {
		go func(name string, d time.Duration) {
			time.Sleep(d)
			order <- name
		}(name, d)
	}
	for i := 0; i < len(sleepers); i++ {
		fmt.Println(<-order)
	}
}

// Output:
// fast
// medium
// slow
