// Closing a channel wakes every goroutine waiting on it: a broadcast.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	ready := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // all block here until close
			mu.Lock()
			ready++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("released:", ready)
}

// Output:
// released: 5
