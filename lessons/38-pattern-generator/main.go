// A generator is a function that returns a channel and a goroutine that fills it.
package main

import "fmt"

// fibonacci returns a channel that yields the first n Fibonacci numbers.
func fibonacci(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out) // tells the range loop below that there is no more
		x, y := 0, 1
		for i := 0; i < n; i++ {
			out <- x
			x, y = y, x+y
		}
	}()
	return out
}

func main() {
	for v := range fibonacci(8) {
		fmt.Println(v)
	}
}
