// Deadlock: range over a channel that is never closed waits for one more value forever.
package main

import "fmt"

// squares sends three squares but forgets to close the channel.
func squares(out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i * i
	}
}

func main() {
	out := make(chan int)
	go squares(out)
	for v := range out {
		fmt.Println(v)
	}
	fmt.Println("done")
}
