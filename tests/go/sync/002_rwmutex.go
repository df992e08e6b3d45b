// RWMutex: many readers at once, or one writer.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]string{}}
	c.Set("lang", "go")
	var wg sync.WaitGroup
	hits := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, hits[i] = c.Get("lang")
		}(i)
	}
	wg.Wait()
	fmt.Println(hits)

	// Two readers can hold the read lock at the same time.
	c.mu.RLock()
	c.mu.RLock()
	fmt.Println("two read locks held")
	c.mu.RUnlock()
	c.mu.RUnlock()
	fmt.Println(c.mu.TryLock())
	c.mu.Unlock()
}

// Output:
// [true true true true true true true true true true]
// two read locks held
// true
