// Recursive Fibonacci of N. One operation is one call of fib.
package main

import (
	"fmt"
	"os"
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
	n := lastArg()
	v := fib(n)
	fmt.Printf("ops=%d checksum=%d\n", calls, v)
}

func lastArg() int {
	s := os.Args[len(os.Args)-1]
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
