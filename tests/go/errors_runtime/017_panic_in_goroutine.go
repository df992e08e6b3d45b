// A panic in any goroutine crashes the whole program.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("starting worker")
	go func() {
		panic("worker failed")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Output:
// starting worker
// Exit: 2
// Stderr:
// panic: worker failed
