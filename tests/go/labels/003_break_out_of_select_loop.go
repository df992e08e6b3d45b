// A plain break inside select only leaves the select; a labeled break leaves the loop.
package main

import "fmt"

func main() {
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(done)
	}()
	sum := 0
Loop:
	for {
		select {
		case v := <-data:
			sum += v
		case <-done:
			break Loop
		}
	}
	fmt.Println("sum", sum)
}

// Output:
// sum 6
