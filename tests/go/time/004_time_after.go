// time.After returns a channel that receives the current time once the duration has passed.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(50 * time.Millisecond)
	fmt.Println("waited at least 50ms:", t.Sub(start) >= 50*time.Millisecond)
	fmt.Println("elapsed at least 50ms:", time.Since(start) >= 50*time.Millisecond)
}

// Output:
// waited at least 50ms: true
// elapsed at least 50ms: true
