// The racy counter fixed with an atomic add: read, add and write as one indivisible step.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var counter int64

func incrementer(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		atomic.AddInt64(&counter, 1) // no gap between read and write to slip into
		runtime.Gosched()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go incrementer(&wg)
	}
	wg.Wait()
	fmt.Println("counter =", atomic.LoadInt64(&counter))
}
