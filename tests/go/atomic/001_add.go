// atomic.AddInt64 increments a shared counter without a mutex.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&hits, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits))

	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0)) // adding all ones subtracts 1
	var i32 int32
	atomic.AddInt32(&i32, -5)
	var u64 uint64
	atomic.AddUint64(&u64, 1<<40)
	fmt.Println(u, i32, u64)
}

// Output:
// 5000
// 9 -5 1099511627776
