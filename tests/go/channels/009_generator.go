// A generator goroutine produces values on demand until told to stop.
package main

import "fmt"

func naturals(quit <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; ; i++ {
			select {
			case ch <- i:
			case <-quit:
				return
			}
		}
	}()
	return ch
}

func main() {
	quit := make(chan struct{})
	nums := naturals(quit)
	for i := 0; i < 5; i++ {
		fmt.Print(<-nums, ",")
	}
	fmt.Println(" ...")
	close(quit)
	for range nums { // drain until the generator closes its channel
	}
	fmt.Println("generator stopped")
}

// Output:
// 1,2,3,4,5, ...
// generator stopped
