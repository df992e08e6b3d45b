// Producer and consumer over a channel with 128 buffer places. One operation is one
// item through the channel.
package main

import (
	"fmt"
	"os"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	n := lastArg()
	items := make(chan int, 128)
	go produce(n, items)
	sum := 0
	for v := range items {
		sum += v & 1023
	}
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}

func lastArg() int {
	s := os.Args[len(os.Args)-1]
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
