// An unbuffered channel hands a value over only when sender and receiver meet.
package main

import (
	"fmt"
	"time"
)

// courier hands a parcel over and reports how long it had to wait for the hand-over.
func courier(handoff chan string, waited chan time.Duration) {
	start := time.Now()
	handoff <- "parcel"
	waited <- time.Since(start)
}

func main() {
	handoff := make(chan string)
	waited := make(chan time.Duration)
	go courier(handoff, waited)
	time.Sleep(50 * time.Millisecond) // main is busy with something else
	fmt.Println("main received:", <-handoff)
	fmt.Println("the courier waited:", (<-waited).Round(time.Millisecond))
}
