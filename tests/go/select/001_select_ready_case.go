// select waits on several channel operations and runs the one that can proceed.
package main

import "fmt"

func main() {
	numbers := make(chan int)
	words := make(chan string)
	go func() { words <- "hello" }()
	select {
	case n := <-numbers:
		fmt.Println("number", n)
	case w := <-words:
		fmt.Println("word", w)
	}
	go func() { numbers <- 42 }()
	select {
	case n := <-numbers:
		fmt.Println("number", n)
	case w := <-words:
		fmt.Println("word", w)
	}
}

// Output:
// word hello
// number 42
