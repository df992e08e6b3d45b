// Splitting work across goroutines: each sums a part of the slice.
package main

import "fmt"

func sum(part []int, out chan<- int) {
	s := 0
	for _, v := range part {
		s += v
	}
	out <- s
}

func main() {
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	out := make(chan int)
	const parts = 4
	size := len(data) / parts
	for p := 0; p < parts; p++ {
		go sum(data[p*size:(p+1)*size], out)
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-out
	}
	fmt.Println(total)
}

// Output:
// 500500
