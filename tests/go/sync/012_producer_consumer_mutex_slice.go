// Mutex-protected slice appended by many goroutines; sorting makes the result stable.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, i)
		}(i)
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
}

// Output:
// [0 1 2 3 4 5 6 7]
