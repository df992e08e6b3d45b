// A for-select loop serves a channel until a quit channel says stop.
package main

import "fmt"

// fibonacci sends Fibonacci numbers until it receives from quit.
func fibonacci(numbers chan<- int, quit <-chan bool) {
	x, y := 0, 1
	for {
		select {
		case numbers <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

// consumer takes ten numbers, then tells fibonacci to stop.
func consumer(numbers <-chan int, quit chan<- bool) {
	for i := 0; i < 10; i++ {
		fmt.Println(<-numbers)
	}
	quit <- true
}

func main() {
	numbers := make(chan int)
	quit := make(chan bool)
	go consumer(numbers, quit)
	fibonacci(numbers, quit)
}
