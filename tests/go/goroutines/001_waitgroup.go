// Start goroutines with go and wait for them with a sync.WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = id * id // each goroutine writes its own element
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}

// Output:
// [0 1 4 9 16]
