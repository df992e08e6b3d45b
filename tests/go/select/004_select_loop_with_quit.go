// A loop around select serves work until a quit signal arrives.
package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, ",")
		}
		fmt.Println()
		close(quit)
	}()
	go func() {
		fib(c, quit)
		close(done)
	}()
	<-done
}

// Output:
// 0,1,1,2,3,5,8,13,21,34,
// quit
