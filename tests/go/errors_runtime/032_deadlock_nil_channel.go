// A nil channel blocks forever: a receive from one in main is reported as such.
package main

import "fmt"

func main() {
	var results chan int // never made with make
	fmt.Println("receiving from a nil channel")
	fmt.Println(<-results)
}

// Output:
// receiving from a nil channel
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive (nil chan)]:
