// CompareAndSwap changes a value only if it still holds the expected old value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v int64 = 10
	swapped := atomic.CompareAndSwapInt64(&v, 10, 20)
	fmt.Println(swapped, v)
	swapped = atomic.CompareAndSwapInt64(&v, 10, 30)
	fmt.Println(swapped, v)

	// Exactly one goroutine wins the race to claim the flag.
	var claimed int32
	var winners int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners)

	// A lock-free maximum with a CAS loop.
	var max int64
	for _, n := range []int64{5, 3, 9, 1} {
		for {
			cur := atomic.LoadInt64(&max)
			if n <= cur || atomic.CompareAndSwapInt64(&max, cur, n) {
				break
			}
		}
	}
	fmt.Println("max", max)
	var u uint32 = 1
	swapped = atomic.CompareAndSwapUint32(&u, 1, 2)
	fmt.Println(swapped, u)
}

// Output:
// true 20
// false 20
// winners: 1
// max 9
// true 2
