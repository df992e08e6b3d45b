// Goroutines are cheap: ten thousand of them are no problem.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	wg.Add(n)
	for i := 1; i <= n; i++ {
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}

// Output:
// 50005000
