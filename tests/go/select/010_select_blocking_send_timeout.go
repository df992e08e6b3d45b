// A send with a timeout: give up if no receiver shows up in time.
package main

import (
	"fmt"
	"time"
)

func sendOrGiveUp(ch chan<- string, msg string, wait time.Duration) bool {
	select {
	case ch <- msg:
		return true
	case <-time.After(wait):
		return false
	}
}

func main() {
	ch := make(chan string)
	fmt.Println("without receiver:", sendOrGiveUp(ch, "hello", 20*time.Millisecond))
	got := make(chan string)
	go func() { got <- <-ch }()
	fmt.Println("with receiver:", sendOrGiveUp(ch, "hello", time.Second))
	fmt.Println("received", <-got)
}

// Output:
// without receiver: false
// with receiver: true
// received hello
