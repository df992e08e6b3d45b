// A receive-only channel cannot be sent to or closed.
package main

func consumer(in <-chan int) {
	for v := range in {
		_ = v
	}
	in <- 0
}

func main() {
	consumer(make(chan int))
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:2: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)
