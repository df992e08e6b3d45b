// A 4-way select loop receiving from four producers. One operation is one select.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- 1
	}
}

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	n = n / 4 * 4
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go produce(n/4, a)
	go produce(n/4, b)
	go produce(n/4, c)
	go produce(n/4, d)
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += 2 * v
		case v := <-c:
			sum += 3 * v
		case v := <-d:
			sum += 4 * v
		}
	}
	fmt.Printf("ops=%d checksum=%d\n", n, sum)
}
