// Several goroutines wait on one Cond: Signal wakes one at a time, Broadcast the rest.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	woken := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			for woken == 0 {
				cond.Wait()
			}
			woken--
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r == 4 {
			break
		}
		time.Sleep(time.Millisecond)
	}

	mu.Lock()
	woken = 1
	cond.Signal()
	mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("after Signal, tokens left:", woken)
	woken = 3
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("after Broadcast, tokens left:", woken)
}

// Output:
// after Signal, tokens left: 0
// after Broadcast, tokens left: 0
