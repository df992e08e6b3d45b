// A channel delivers the values of one sender in the order they were sent.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	go func() {
		for i := 0; i < 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	prev := -1
	inOrder := true
	for v := range ch {
		if v != prev+1 {
			inOrder = false
		}
		prev = v
	}
	fmt.Println("in order:", inOrder, "last:", prev)
}

// Output:
// in order: true last: 9
