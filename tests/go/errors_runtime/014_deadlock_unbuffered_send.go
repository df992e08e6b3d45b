// An unbuffered send blocks until a receiver arrives: alone in main it deadlocks.
package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "hello"
	fmt.Println(<-ch)
}

// Output:
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
