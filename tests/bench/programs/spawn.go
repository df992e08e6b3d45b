// Spawn N goroutines that each add to a counter under a mutex and finish, joined by a
// WaitGroup. One operation is one goroutine's life.
package main

import (
	"fmt"
	"os"
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
	n := lastArg()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go add(i)
	}
	wg.Wait()
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}

func lastArg() int {
	s := os.Args[len(os.Args)-1]
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
