// Closing a nil channel panics.
package main

func main() {
	var ch chan int
	close(ch)
}

// Output:
// Exit: 2
// Stderr:
// panic: close of nil channel
//
// goroutine 1 [running]:
