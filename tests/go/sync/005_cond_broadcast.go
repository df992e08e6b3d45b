// Cond.Broadcast wakes every waiting goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	// Wait until all four are waiting, then release them together.
	for {
		mu.Lock()
		if waiting == 4 {
			ready = true
			cond.Broadcast()
			mu.Unlock()
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println("all", waiting, "released")
}

// Output:
// all 4 released
