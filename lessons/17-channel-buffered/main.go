// A buffered channel lets the sender run ahead until the buffer is full.
package main

import (
	"fmt"
	"time"
)

// producer sends five numbers as fast as the channel lets it, noting when each send ends.
func producer(queue chan int, start time.Time) {
	for n := 1; n <= 5; n++ {
		queue <- n
		fmt.Println("sent", n, "at", time.Since(start).Round(time.Millisecond))
	}
}

func main() {
	start := time.Now()
	queue := make(chan int, 3)
	go producer(queue, start)
	sum := 0
	for i := 0; i < 5; i++ {
		time.Sleep(10 * time.Millisecond) // the consumer is slow
		sum += <-queue
	}
	fmt.Println("received all five, sum", sum, "at", time.Since(start).Round(time.Millisecond))
}
