// time.AfterFunc runs a function in its own goroutine after a delay.
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() {
		fired <- "callback ran"
	})
	cancelled := time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("never printed")
	})
	fmt.Println("stopped:", cancelled.Stop())
	fmt.Println(<-fired)
	time.Sleep(30 * time.Millisecond) // the stopped callback would have run by now
	fmt.Println("done")
}

// Output:
// stopped: true
// callback ran
// done
