// Directional channel types say who may send and who may receive, and the compiler checks.
package main

import "fmt"

// produce may only send on out.
func produce(out chan<- int) {
	for n := 1; n <= 3; n++ {
		out <- n
	}
	close(out)
}

// square may only receive from in and only send on out.
func square(in <-chan int, out chan<- int) {
	for n := range in {
		out <- n * n
	}
	close(out)
}

func main() {
	numbers := make(chan int)
	squares := make(chan int)
	go produce(numbers)
	go square(numbers, squares)
	for s := range squares {
		fmt.Println(s)
	}
}
