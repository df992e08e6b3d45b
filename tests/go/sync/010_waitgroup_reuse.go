// A WaitGroup can be reused once Wait has returned; several goroutines may Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 2; round++ {
		results := make(chan int, 3)
		wg.Add(3)
		for i := 0; i < 3; i++ {
			go func(i int) {
				defer wg.Done()
				results <- i * round
			}(i)
		}
		wg.Wait()
		close(results)
		sum := 0
		for r := range results {
			sum += r
		}
		fmt.Println("round", round, "sum", sum)
	}

	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("all waiters released")
}

// Output:
// round 1 sum 3
// round 2 sum 6
// all waiters released
