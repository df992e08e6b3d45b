// Closing is the sender's job: a receive-only channel cannot be closed.
package main

func drain(in <-chan int) {
	for range in {
	}
	close(in)
}

func main() {
	drain(make(chan int))
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)
