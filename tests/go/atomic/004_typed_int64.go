// The typed atomics (Go 1.19): atomic.Int64 and friends have methods instead of functions.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.requests.Add(1)
			if i%5 == 0 {
				s.errors.Add(1)
			}
			s.bytes.Add(512)
		}(i)
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.bytes.Load())
	s.requests.Store(100)
	fmt.Println(s.requests.Swap(0), s.requests.Load())
	fmt.Println(s.errors.CompareAndSwap(2, 0), s.errors.Load())
	var u atomic.Uint32
	u.Store(7)
	fmt.Println(u.Add(1), u.Load())
}

// Output:
// 10 2 5120
// 100 0
// true 0
// 8 8
