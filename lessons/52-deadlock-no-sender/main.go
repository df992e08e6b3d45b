// Deadlock: main waits to receive a value that nobody will ever send.
package main

import "fmt"

// producer sends three results, then returns.
func producer(results chan<- int) {
	for i := 1; i <= 3; i++ {
		results <- i * 10
	}
}

func main() {
	results := make(chan int)
	go producer(results)
	for i := 0; i < 4; i++ { // one receive too many
		fmt.Println(<-results)
	}
}
