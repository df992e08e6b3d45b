// Sending on a closed channel panics, even on a buffered channel with free space.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	ch <- 2
}

// Output:
// 1
// Exit: 2
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
