// The sender closes the channel; range receives until it is closed and drained.
package main

import "fmt"

func produce(n int, ch chan<- int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go produce(5, ch)
	for v := range ch {
		fmt.Println(v)
	}
	fmt.Println("channel closed")
}

// Output:
// 0
// 1
// 4
// 9
// 16
// channel closed
