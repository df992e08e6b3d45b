// N goroutines each blocked receiving from its own channel; main wakes them all at the
// end. The memory per blocked goroutine is the peak-RSS difference between N and 0.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	var started, done sync.WaitGroup
	chans := make([]chan int, n)
	sum := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		chans[i] = make(chan int)
		started.Add(1)
		done.Add(1)
		go func(c chan int) {
			started.Done()
			v := <-c
			mu.Lock()
			sum += v
			mu.Unlock()
			done.Done()
		}(chans[i])
	}
	started.Wait()
	for i := 0; i < n; i++ {
		chans[i] <- 1
	}
	done.Wait()
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}
