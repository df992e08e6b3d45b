// The concurrent prime sieve: a generator of 2..N and a goroutine per prime found,
// chained by unbuffered channels, each closing its output when its input closes.
// One operation is one channel handoff.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

// handoffs counts every receive; each filter adds its own count once, at its end.
var (
	handoffs int
	mu       sync.Mutex
)

func generate(limit int, out chan<- int) {
	for i := 2; i <= limit; i++ {
		out <- i
	}
	close(out)
}

// filter passes on the values not divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	received := 0
	for i := range in {
		received++
		if i%prime != 0 {
			out <- i
		}
	}
	mu.Lock()
	handoffs += received
	mu.Unlock()
	close(out)
}

func main() {
	limit, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	ch := make(chan int)
	go generate(limit, ch)
	sum := 0
	for {
		prime, ok := <-ch
		if !ok {
			break
		}
		handoffs++
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Printf("ops=%d checksum=%d\n", handoffs, sum)
}
