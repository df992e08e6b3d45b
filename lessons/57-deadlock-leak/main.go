// A goroutine leak: a goroutine blocked forever while the program carries on. Nothing reports it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// lookup takes 120ms, then hands over its answer.
func lookup(reply chan<- string) {
	time.Sleep(120 * time.Millisecond)
	reply <- "answer" // nobody is listening any more: blocked forever
}

// fetch gives up after 50ms.
func fetch() string {
	reply := make(chan string) // unbuffered: the bug
	go lookup(reply)
	select {
	case r := <-reply:
		return r
	case <-time.After(50 * time.Millisecond):
		return "timed out"
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Println(fetch(), "- goroutines:", runtime.NumGoroutine())
	}
	time.Sleep(time.Second)
	fmt.Println("a second later - goroutines:", runtime.NumGoroutine())
}
