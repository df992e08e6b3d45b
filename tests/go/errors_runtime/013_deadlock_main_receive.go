// Receiving from a channel nobody will ever send on: the runtime detects the deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}

// Output:
// waiting
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
