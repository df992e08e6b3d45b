// Several workers share one context; cancel stops them all, and a WaitGroup waits for them.
package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup, processed []int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			processed[id] += j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	processed := make([]int, 3)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go worker(ctx, id, jobs, &wg, processed)
	}
	for j := 1; j <= 10; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	total := 0
	for _, p := range processed {
		total += p
	}
	fmt.Println("total processed:", total)
}

// Output:
// total processed: 55
