// Recursive Fibonacci of N. One operation is one call of fib.
package main

import (
	"fmt"
	"os"
	"strconv"
)

var calls int

func fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n, _ := strconv.Atoi(os.Args[len(os.Args)-1]) // N, the last argument
	v := fib(n)
	fmt.Printf("ops=%d checksum=%d\n", calls, v)
}
