// A chain of processes that share nothing: each one owns its number and talks to its
// neighbours only through channels, as in Hoare's Communicating Sequential Processes.
package main

import "fmt"

// relay waits for a number from the west, adds one, and passes it east.
func relay(west <-chan int, east chan<- int) {
	n := <-west
	east <- n + 1
}

func main() {
	start := make(chan int)
	west := start
	for i := 0; i < 5; i++ {
		east := make(chan int)
		go relay(west, east)
		west = east
	}
	start <- 0
	fmt.Println("after five relays:", <-west)
}
