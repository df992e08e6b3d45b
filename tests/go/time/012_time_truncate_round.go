// Time.Truncate and Time.Round align a time to a multiple of a duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	sec := now.Truncate(time.Second)
	fmt.Println(!sec.After(now), now.Sub(sec) < time.Second)
	r := now.Round(time.Minute)
	diff := r.Sub(now)
	fmt.Println(diff <= 30*time.Second && diff >= -30*time.Second)
	fmt.Println(sec.Truncate(time.Second).Equal(sec))
}

// Output:
// true true
// true
// true
