// Unbuffered ping-pong: two goroutines hand one value back and forth N times.
// One operation is one handoff (a send meeting a receive).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	ping, pong := make(chan int), make(chan int)
	go player(ping, pong)
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Printf("ops=%d checksum=%d\n", 2*n, sum)
}
