// atomic.Int32, atomic.Uint64 and atomic.Uintptr, and an atomic counter of active workers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var active atomic.Int32
	var peak atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			active.Add(-1)
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("active at end:", active.Load(), "peak between 1 and 4:", peak.Load() >= 1 && peak.Load() <= 4)

	var total atomic.Uint64
	total.Store(1 << 62)
	total.Add(1 << 62)
	fmt.Println(total.Load())
	var up atomic.Uintptr
	up.Store(3)
	fmt.Println(up.Swap(4), up.Load(), up.CompareAndSwap(4, 5), up.Load())
}

// Output:
// active at end: 0 peak between 1 and 4: true
// 9223372036854775808
// 3 4 true 5
