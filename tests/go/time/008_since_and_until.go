// time.Since measures elapsed time; time.Until measures time left before a deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	deadline := start.Add(time.Hour)
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 50*time.Millisecond, elapsed < 50*time.Minute)
	left := time.Until(deadline)
	fmt.Println(left > 59*time.Minute, left < time.Hour)
	fmt.Println(time.Until(start) < 0)
}

// Output:
// true true
// true true
// true
