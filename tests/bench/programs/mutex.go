// Eight goroutines increment one counter under a sync.Mutex. One operation is one
// Lock+Unlock.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	n = n / 8 * 8
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
