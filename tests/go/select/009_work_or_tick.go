// A loop that handles work items and, on each tick of a ticker, reports that it
// is still busy. Here the work finishes before the first tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
			time.Sleep(30 * time.Millisecond)
		}
		close(work)
	}()
	ticker := time.NewTicker(200 * time.Millisecond) // the work is done before the first tick
	defer ticker.Stop()
	done := 0
	for {
		select {
		case _, ok := <-work:
			if !ok {
				fmt.Println("finished", done, "items")
				return
			}
			done++
			fmt.Println("item", done)
		case <-ticker.C:
			fmt.Println("still working")
		}
	}
}

// Output:
// item 1
// item 2
// item 3
// finished 3 items
