// A send-only channel cannot be received from.
package main

func producer(out chan<- int) {
	out <- 1
	v := <-out
	_ = v
}

func main() {
	producer(make(chan int, 1))
}

// Output:
// Exit: 1
// Stderr:
// FILE:6:9: invalid operation: cannot receive from send-only channel out (variable of type chan<- int)
