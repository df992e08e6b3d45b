// Fan-in: several producers send to one channel; a WaitGroup closes it when all are done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				out <- p * 100
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	counts := map[int]int{}
	for v := range out {
		counts[v]++
	}
	fmt.Println(counts)
}

// Output:
// map[100:4 200:4 300:4]
