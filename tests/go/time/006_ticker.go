// A Ticker delivers ticks at regular intervals until it is stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("at least 60ms passed:", time.Since(start) >= 60*time.Millisecond)

	ticker.Reset(10 * time.Millisecond)
	<-ticker.C
	fmt.Println("tick after reset")
	ticker.Stop()
}

// Output:
// tick 1
// tick 2
// tick 3
// at least 60ms passed: true
// tick after reset
