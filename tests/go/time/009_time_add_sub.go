// Time values: Add moves a time by a duration, Sub gives the duration between two times.
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	t1 := t0.Add(90 * time.Minute)
	t2 := t1.Add(-30 * time.Second)
	fmt.Println(t1.Sub(t0), t2.Sub(t0), t0.Sub(t2))
	fmt.Println(t1.After(t0), t0.Before(t1), t0.Equal(t0.Add(0)))
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero())
}

// Output:
// 1h30m0s 1h29m30s -1h29m30s
// true true true
// true false
