// Unbuffered ping-pong: two goroutines hand one value back and forth N times.
// One operation is one handoff (a send meeting a receive).
package main

import (
	"fmt"
	"os"
)

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	n := lastArg()
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

// lastArg parses the last command-line argument (N) without strconv, so every
// runner measures the same code.
func lastArg() int {
	s := os.Args[len(os.Args)-1]
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
