// Channel types can be restricted to sending (chan<-) or receiving (<-chan).
package main

import "fmt"

func producer(out chan<- string) {
	for _, s := range []string{"a", "b", "c"} {
		out <- s
	}
	close(out)
}

func consumer(in <-chan string, done chan<- int) {
	n := 0
	for s := range in {
		fmt.Println("got", s)
		n++
	}
	done <- n
}

func main() {
	ch := make(chan string)
	done := make(chan int)
	go producer(ch)
	go consumer(ch, done)
	fmt.Println("count:", <-done)
	var recvOnly <-chan string = ch // a bidirectional channel converts implicitly
	fmt.Printf("%T %T\n", ch, recvOnly)
}

// Output:
// got a
// got b
// got c
// count: 3
// chan string <-chan string
