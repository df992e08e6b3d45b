// The daisy chain: 10,000 goroutines in a row, each passing a number on plus one.
package main

import "fmt"

// whisper receives from the right and passes the value plus one to the left.
func whisper(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(left) // start the whisper at the right end
	fmt.Println(<-leftmost)
}
