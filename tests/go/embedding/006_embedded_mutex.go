// Embedding sync.Mutex promotes Lock and Unlock onto the struct.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Add(key string) {
	c.Lock()
	defer c.Unlock()
	c.counts[key]++
}

func main() {
	c := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				c.Add("even")
			} else {
				c.Add("odd")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.counts)
}

// Output:
// map[even:25 odd:25]
