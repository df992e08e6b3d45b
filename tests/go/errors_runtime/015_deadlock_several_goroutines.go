// Two workers wait for each other, and main waits for both: every goroutine is asleep.
package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-a // waits for the second worker
		b <- v
	}()
	go func() {
		defer wg.Done()
		v := <-b // waits for the first worker
		a <- v
	}()
	fmt.Println("started two workers")
	wg.Wait()
}

// Output:
// started two workers
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
