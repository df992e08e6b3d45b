// A Mutex lets one goroutine at a time into the code that touches shared data.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Counter is safe for concurrent use: every access to n holds mu.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Increment() {
	c.mu.Lock()
	v := c.n
	runtime.Gosched() // step aside mid-update: the others must wait at Lock
	c.n = v + 1
	c.mu.Unlock()
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func worker(c *Counter, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		c.Increment()
	}
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(&c, &wg)
	}
	wg.Wait()
	fmt.Println("counter =", c.Value(), "(4 workers x 5 increments)")
}
