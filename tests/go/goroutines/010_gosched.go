// runtime.Gosched yields the processor; the program's result does not depend on it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				counts[g]++
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(counts)
}

// Output:
// [100 100]
