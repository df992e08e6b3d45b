// Spawn N goroutines that each add to a counter under a mutex and finish, joined by a
// WaitGroup. One operation is one goroutine's life.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

var (
	wg  sync.WaitGroup
	mu  sync.Mutex
	sum int
)

func add(v int) {
	mu.Lock()
	sum += v & 7
	mu.Unlock()
	wg.Done()
}

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	for i := 0; i < n; i++ {
		wg.Add(1)
		go add(i)
	}
	wg.Wait()
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}
