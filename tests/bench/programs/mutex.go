// Eight goroutines increment one counter under a sync.Mutex. One operation is one
// Lock+Unlock.
package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	n := lastArg() / 8 * 8
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			for i := 0; i < n/8; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Printf("ops=%d checksum=%d\n", n, counter)
}

func lastArg() int {
	s := os.Args[len(os.Args)-1]
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
