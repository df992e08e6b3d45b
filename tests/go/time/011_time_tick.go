// time.Tick is a convenient ticker channel for loops that run until the program ends.
package main

import (
	"fmt"
	"time"
)

func main() {
	count := 0
	for range time.Tick(10 * time.Millisecond) {
		count++
		fmt.Println("tick", count)
		if count == 3 {
			break
		}
	}
}

// Output:
// tick 1
// tick 2
// tick 3
