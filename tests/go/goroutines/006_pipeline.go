// A pipeline: each stage is a goroutine connected to the next by a channel.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(square(gen(1, 2, 3))) {
		fmt.Println(v)
	}
}

// Output:
// 1
// 16
// 81
