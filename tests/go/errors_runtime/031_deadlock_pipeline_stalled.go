// A pipeline whose last stage is never read: every stage ends up blocked.
package main

import "fmt"

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	src := make(chan int)
	mid := make(chan int)
	sink := make(chan int)
	go stage(src, mid)
	go stage(mid, sink)
	go func() {
		for i := 1; i <= 3; i++ {
			src <- i
		}
		close(src)
	}()
	result := make(chan int)
	fmt.Println("waiting for a result that never comes")
	fmt.Println(<-result) // reads the wrong channel: sink is never drained
}

// Output:
// waiting for a result that never comes
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
