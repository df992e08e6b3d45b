// A select with one case and no default is that channel operation: its variables,
// its break, and — when it blocks for ever — Go's wait reason for a plain send.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 7
	select {
	case v, ok := <-c:
		fmt.Println("received", v, ok)
		if v == 7 {
			break
		}
		fmt.Println("not reached")
	}
	done := make(chan struct{})
	go func() { close(done) }()
	select {
	case <-done:
		fmt.Println("done closed")
	}
	select {
	case c <- 1:
	}
	select {
	case c <- 2: // the buffer is full and nobody receives
	}
}

// Output:
// received 7 true
// done closed
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
