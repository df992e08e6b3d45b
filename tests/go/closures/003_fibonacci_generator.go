// A closure-based generator produces the next value on each call.
package main

import "fmt"

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(next(), ",")
	}
	fmt.Println()
}

// Output:
// 0,1,1,2,3,5,8,13,21,34,
