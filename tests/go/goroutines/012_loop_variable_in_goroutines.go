// Go: 1.22
// With per-iteration loop variables (Go 1.22), goroutines started in a loop may use
// the loop variable directly: each one sees its own copy.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)

	lengths := make(map[string]int)
	var mu sync.Mutex
	for _, w := range []string{"go", "chan", "select"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			lengths[w] = len(w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(lengths)
}

// Output:
// [0 10 20 30]
// map[chan:4 go:2 select:6]
