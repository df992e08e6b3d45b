// Producer and consumer over a channel with 128 buffer places. One operation is one
// item through the channel.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	items := make(chan int, 128)
	go produce(n, items)
	sum := 0
	for v := range items {
		sum += v & 1023
	}
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}
