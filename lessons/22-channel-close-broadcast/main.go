// Closing a channel wakes every goroutine waiting to receive from it: a broadcast.
package main

import (
	"fmt"
	"time"
)

// runner waits for the starting signal, runs for pace, and reports at the finish line.
func runner(name string, pace time.Duration, start chan struct{}, finish chan string) {
	<-start
	time.Sleep(pace)
	finish <- name
}

func main() {
	start := make(chan struct{})
	finish := make(chan string)
	go runner("tortoise", 30*time.Millisecond, start, finish)
	go runner("hare", 10*time.Millisecond, start, finish)
	go runner("gopher", 20*time.Millisecond, start, finish)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("ready, set, go!")
	close(start)
	for place := 1; place <= 3; place++ {
		fmt.Println(place, <-finish)
	}
}
