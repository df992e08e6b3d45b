// When several cases are ready, select picks one of them at random.
package main

import "fmt"

func main() {
	left := make(chan string, 1)
	right := make(chan string, 1)
	left <- "left"
	right <- "right"

	tally := map[string]int{}
	for round := 0; round < 100; round++ {
		// Both channels always hold a value, so both cases are ready every time.
		select {
		case v := <-left:
			tally[v]++
			left <- v
		case v := <-right:
			tally[v]++
			right <- v
		}
	}
	fmt.Println("left: ", tally["left"])
	fmt.Println("right:", tally["right"])
}
