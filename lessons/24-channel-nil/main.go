// A nil channel (declared but never made) blocks every send and receive forever.
package main

import "fmt"

// compute sends its answer on results.
func compute(results chan int) {
	results <- 6 * 7
}

func main() {
	var results chan int // forgot: results = make(chan int)
	go compute(results)
	fmt.Println("waiting for the answer")
	fmt.Println("the answer is", <-results)
}
